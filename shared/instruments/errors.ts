/** Thrown when answers cannot be scored: wrong count, unknown item, value outside an item's allowed values. */
export class InvalidResponseError extends Error {
  readonly code = 'invalid_response';
  readonly instrumentId: string;
  readonly itemId: string | null;

  /** Names the instrument and, where one is at fault, the item; the answer itself is never coerced. */
  constructor(instrumentId: string, message: string, itemId: string | null = null) {
    super(`${instrumentId}: ${message}`);
    this.name = 'InvalidResponseError';
    this.instrumentId = instrumentId;
    this.itemId = itemId;
  }
}
