import { describe, expect, it } from "vitest";
import { ByteText } from "../../../../src/adapters/pdf/byte-text.js";

/** Bytes of every value, ASCII and not, as a PDF holds them (binary stream data among text). */
const bytes = Buffer.concat([
  Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Length 4>>\nstream\n", "latin1"),
  Buffer.from([0, 255, 128, 10]),
  Buffer.from("\nendstream\nendobj\n2 0 obj\n<</Type /Catalog>>\nendobj\nxref\n0 3\n", "latin1"),
]);
const text = bytes.toString("latin1");

describe("ByteText", () => {
  // Read from a view into a larger buffer, as a print's bytes may be.
  const view = new ByteText(new Uint8Array(Buffer.concat([Buffer.from("junk"), bytes]).subarray(4)));

  it("reads as String reads the file decoded one character a byte", () => {
    expect(view.length).toBe(text.length);
    for (let i = -2; i <= text.length + 1; i++)
      expect(view.charCodeAt(i), `${i}`).toEqual(text.charCodeAt(i));
    for (const [from, to] of [
      [0, 8],
      [-20, undefined],
      [-20, -5],
      [30, 10],
      [text.length - 3, text.length + 50],
      [-1000, 5],
      [0, undefined],
    ] as [number, number | undefined][])
      expect(view.slice(from, to), `${from} ${to}`).toBe(text.slice(from, to));
  });

  it("finds what String finds, from any position, including those before the start or past the end", () => {
    for (const search of ["endobj", "obj", "stream", "\r\n", "%%EOF", "\xe2\xe3", "0 3\n"])
      for (const from of [-5, 0, 1, 20, 48, 60, 83, text.length - 1, text.length, text.length + 10]) {
        expect(view.indexOf(search, from), `indexOf ${search} ${from}`).toBe(text.indexOf(search, from));
        expect(view.lastIndexOf(search, from), `lastIndexOf ${search} ${from}`).toBe(
          text.lastIndexOf(search, from),
        );
        expect(view.startsWith(search, from), `startsWith ${search} ${from}`).toBe(
          text.startsWith(search, from),
        );
      }
    expect(view.lastIndexOf("endobj")).toBe(text.lastIndexOf("endobj"));
    expect(view.startsWith("%PDF")).toBe(true);
  });
});
