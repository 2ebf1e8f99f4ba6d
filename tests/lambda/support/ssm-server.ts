import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SsmRequest {
  target: string;
  body: Record<string, unknown>;
  /** SigV4: the SDK signs for service `ssm` with the function's credentials. */
  authorization: string;
}

/**
 * A local endpoint for the one SSM call the functions make (GetParameter, AWS JSON 1.1 over
 * HTTP), so that the SDK's real request path runs through AWS_ENDPOINT_URL_SSM. It records
 * every request; parameters can be changed, deleted, or the service made to fail (503).
 */
export class SsmServer {
  readonly parameters = new Map<string, string>();
  readonly requests: SsmRequest[] = [];
  failing = false;
  private server: Server | undefined;
  endpoint = "";

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
        const target = String(req.headers["x-amz-target"] ?? "");
        this.requests.push({ target, body, authorization: String(req.headers.authorization ?? "") });
        const send = (status: number, payload: unknown) =>
          res
            .writeHead(status, { "content-type": "application/x-amz-json-1.1" })
            .end(JSON.stringify(payload));
        if (this.failing) return send(503, { __type: "ServiceUnavailable", message: "Service Unavailable" });
        if (target !== "AmazonSSM.GetParameter")
          return send(400, { __type: "InvalidAction", message: target });
        const name = String(body.Name);
        const value = this.parameters.get(name);
        if (value === undefined) return send(400, { __type: "ParameterNotFound", message: "" });
        send(200, {
          Parameter: {
            Name: name,
            Type: "SecureString",
            Value: value,
            Version: 1,
            ARN: `arn:aws:ssm:eu-west-1:123456789012:parameter${name}`,
            DataType: "text",
          },
        });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
