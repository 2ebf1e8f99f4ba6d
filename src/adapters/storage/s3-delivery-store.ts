import { DeliveryRecord, MAX_DELIVERIES } from "../../core/deliveries/delivery.js";
import type { DeliveryStore } from "../../core/deliveries/ports.js";
import type { S3Objects } from "./s3-objects.js";

const prefix = (briefingId: string) => `briefings/${briefingId}/deliveries/`;
// Two digits: n is below MAX_DELIVERIES, and keys then list in n order.
const key = (briefingId: string, n: number) => `${prefix(briefingId)}${String(n).padStart(2, "0")}.json`;

/**
 * Delivery records beside the briefing they carry, one object per delivery, so concurrent
 * attempts at different deliveries of one briefing never write over each other. They expire with
 * the briefing (the bucket's lifecycle rule on briefings/).
 */
export class S3DeliveryStore implements DeliveryStore {
  constructor(private readonly objects: S3Objects) {}

  put(record: DeliveryRecord): Promise<void> {
    return this.objects.putJson(key(record.briefingId, record.n), record);
  }

  async get(briefingId: string, n: number): Promise<DeliveryRecord | null> {
    const raw = await this.objects.getJson(key(briefingId, n));
    return raw === null ? null : DeliveryRecord.parse(raw);
  }

  async list(briefingId: string): Promise<DeliveryRecord[]> {
    const { keys } = await this.objects.list(prefix(briefingId), MAX_DELIVERIES);
    const found = await Promise.all(keys.map((k) => this.objects.getJson(k)));
    return found.filter((r) => r !== null).map((r) => DeliveryRecord.parse(r));
  }
}
