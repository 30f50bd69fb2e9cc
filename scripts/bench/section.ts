/** One table of the benchmark report: plain data, so it prints as a table and saves as JSON. */
export interface BenchSection {
  title: string;
  /** How the figures were obtained: inputs, run counts, what a bound means. */
  note?: string;
  columns: string[];
  rows: (string | number)[][];
}
