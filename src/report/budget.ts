/**
 * A time budget for the work publish and merge mode do on reports they did not make (issue 9,
 * point 5): validating and rendering an artifact a fork may have forged. Only the time spent
 * inside `measure` counts (not the API calls between), and checkpoints inside a measured step
 * stop it as soon as the budget is spent, so a costly report fails closed instead of holding a
 * job that has a write token.
 */

/** The budget is spent: names the step and the budget. */
export class BudgetExceeded extends Error {
  override name = 'BudgetExceeded';
  constructor(
    readonly step: string,
    readonly ms: number,
  ) {
    const limit = ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
    super(
      `${step} took longer than the ${limit} mlgate allows for a report it did not make; the run stops here and reports not passed`,
    );
  }
}

export class Budget {
  private spent = 0;
  private started: number | null = null;
  private step = '';

  /** `now` in milliseconds (a fake clock in tests). */
  constructor(
    readonly ms: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Run `work`, counting its time; throws BudgetExceeded when the budget is spent. */
  measure<T>(step: string, work: () => T): T {
    if (this.started !== null) return work();
    this.step = step;
    this.started = this.now();
    let result: T;
    try {
      result = work();
    } finally {
      this.spent += this.now() - this.started;
      this.started = null;
    }
    this.check();
    return result;
  }

  /** A checkpoint: throws BudgetExceeded when the time counted so far is over the budget. */
  check(): void {
    const running = this.started === null ? 0 : this.now() - this.started;
    if (this.spent + running > this.ms) throw new BudgetExceeded(this.step || 'rendering', this.ms);
  }
}
