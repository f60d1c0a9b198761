// Loads the data bundle built from data/ (scripts/build-data.ts) from the app's own origin. The bytes
// are decoded here for the UI and then handed (transferred) to the analysis worker.
import { decodeBundle } from '../core/data/bundle';
import type { Dataset } from '../core/data/types';

export async function loadDataset(baseUrl: string): Promise<{ dataset: Dataset; bytes: ArrayBuffer }> {
  const url = `${baseUrl}data/atlas.json`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new Error(`${url}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return { dataset: decodeBundle(json), bytes };
}
