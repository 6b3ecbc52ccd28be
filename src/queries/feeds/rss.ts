// RSS items of published records (src/lib/feeds/rss.ts writes the feed).
import type { FeedItem } from '../../lib/feeds/rss.ts';
import { getAllRecords, recordUrl, typeLabel, type AnyRecord } from '../records.ts';
import { absolute, lastChange } from './shared.ts';

export function feedItem(r: AnyRecord): FeedItem {
  return {
    title: r.data.titre,
    summary: r.data.resume,
    link: absolute(recordUrl(r)),
    date: lastChange(r.data),
    category: typeLabel(r.collection),
  };
}

export async function getFeedItems(records?: readonly AnyRecord[]): Promise<FeedItem[]> {
  return (records ?? (await getAllRecords())).map(feedItem);
}
