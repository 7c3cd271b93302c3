/**
 * A file's name as text inside a sentence: isolated (FSI … PDI), so a Latin name in a Persian sentence
 * reads as written ("311_subset.csv", not "subset.csv_311") and a Persian name in an English one too.
 */
export function isolatedName(fileName: string): string {
  return `\u2068${fileName}\u2069`;
}
