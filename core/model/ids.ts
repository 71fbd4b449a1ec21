/** Random ids for new records (crypto.randomUUID exists in browsers and in Node 20). */
export function newId(): string {
  return crypto.randomUUID();
}
