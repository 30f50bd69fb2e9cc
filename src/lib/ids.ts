export function createId(): string {
  return crypto.randomUUID();
}
