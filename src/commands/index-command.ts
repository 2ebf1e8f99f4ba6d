import type { CliIo } from "../cli.js";

const USAGE = "scenario-brief index rebuild";

/**
 * `scenario-brief index rebuild`: indexes every stored article, with the same settings as the
 * service (S3_BUCKET, SB_ARTICLE_INDEX_TABLE, ... or the embedded stores under DATA_DIR, which
 * only one process may open: stop the local server first).
 */
export const indexCommand = {
  usage: USAGE,
  summary: "put every stored article into the article index (after an upgrade or a failed index write)",
  async run(args: string[], io: CliIo): Promise<number> {
    if (args.includes("--help")) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (args.length !== 1 || args[0] !== "rebuild") {
      io.stderr(`scenario-brief index: expected the action "rebuild"\nusage: ${USAGE}\n`);
      return 2;
    }
    // Loaded here, not at the top: the other commands need no AWS clients.
    const [{ loadConfig }, { connectStorage }, { connectArticleIndex }, storage, { rebuildIndex }] =
      await Promise.all([
        import("../config.js"),
        import("../container.js"),
        import("../adapters/article-index/connect-article-index.js"),
        import("../adapters/storage/s3-objects.js"),
        import("../core/articles/rebuild-index.js"),
      ]);
    const { S3ArticleStore } = await import("../adapters/storage/s3-article-store.js");
    const config = loadConfig(process.env, process.cwd(), { servesHttp: false });
    const s3 = await connectStorage(config);
    try {
      const index = await connectArticleIndex(config).catch((e: unknown) => {
        throw new Error(
          `cannot open the article index${config.articleIndex.kind === "embedded" ? ` under ${config.articleIndex.directory} (is the local server running? stop it first)` : ""}: ${e instanceof Error ? e.message : e}`,
        );
      });
      try {
        const articles = new S3ArticleStore(new storage.S3Objects(s3.client, config.storage.bucket));
        const total = await rebuildIndex(articles, index.index, (n) => io.stderr(`\rindexed ${n}`));
        io.stdout(`${total ? "\n" : ""}indexed ${total} stored article${total === 1 ? "" : "s"}\n`);
        return 0;
      } finally {
        await index.close();
      }
    } finally {
      s3.client.destroy();
      await s3.embedded?.close();
    }
  },
};
