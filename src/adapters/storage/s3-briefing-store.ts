import { BriefingManifest } from "../../core/briefings/manifest.js";
import type { BriefingStore, Page, PageRequest, StoredPdf } from "../../core/ports.js";
import type { Assessment } from "../../core/themes/assessment.js";
import { NewestFirstIndex } from "./newest-first-index.js";
import type { S3Objects } from "./s3-objects.js";

const pdfKey = (id: string) => `briefings/${id}/briefing.pdf`;
const manifestKey = (id: string) => `briefings/${id}/manifest.json`;
const assessmentKey = (id: string) => `briefings/${id}/assessment.json`;

export class S3BriefingStore implements BriefingStore {
  private readonly index: NewestFirstIndex;

  constructor(private readonly objects: S3Objects) {
    this.index = new NewestFirstIndex(objects, "briefings");
  }

  putPdf(id: string, pdf: Uint8Array): Promise<void> {
    return this.objects.put(pdfKey(id), pdf, "application/pdf");
  }

  /** One write on the response's path: the index entry went out with the assessment, during the print. */
  putManifest(manifest: BriefingManifest): Promise<void> {
    return this.objects.putJson(manifestKey(manifest.id), manifest);
  }

  /**
   * The assessment and the index entry, together. A listing reads each entry's manifest and skips
   * an entry whose manifest is not (yet) there, so an entry written before its manifest shows
   * nothing incomplete.
   */
  async stage(id: string, createdAt: Date, assessment: Assessment): Promise<void> {
    await Promise.all([this.objects.putJson(assessmentKey(id), assessment), this.index.add(createdAt, id)]);
  }

  async discardStaged(id: string, createdAt: Date): Promise<void> {
    await Promise.all([this.objects.delete(assessmentKey(id)), this.index.remove(createdAt, id)]);
  }

  async getAssessment(id: string): Promise<Assessment | null> {
    // Written by this service, before the manifest that vouches for it.
    return (await this.objects.getJson(assessmentKey(id))) as Assessment | null;
  }

  async getManifest(id: string): Promise<BriefingManifest | null> {
    const raw = await this.objects.getJson(manifestKey(id));
    return raw === null ? null : BriefingManifest.parse(raw);
  }

  openPdf(id: string): Promise<StoredPdf | null> {
    return this.objects.getStream(pdfKey(id));
  }

  pdfDownloadUrl(id: string, fileName: string, expiresInSeconds: number): Promise<string> {
    return this.objects.presignGet(pdfKey(id), expiresInSeconds, `attachment; filename="${fileName}"`);
  }

  async list(request: PageRequest): Promise<Page<BriefingManifest>> {
    const page = await this.index.page(request);
    const manifests = await Promise.all(page.items.map((id) => this.getManifest(id)));
    return { items: manifests.filter((m): m is BriefingManifest => m !== null), nextCursor: page.nextCursor };
  }
}
