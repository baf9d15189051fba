/** The read models did not reach a requested log position in time. */
export class ReadModelLagError extends Error {
  readonly code = 'READ_MODEL_LAG';
  readonly details: { readonly minPosition: number };
  constructor(minPosition: number) {
    super(`Read models have not reached position ${minPosition} yet; retry shortly`);
    this.details = { minPosition };
  }
}
