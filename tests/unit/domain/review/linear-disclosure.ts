/**
 * A reader's view of shown figures as linear equations over the answers they do not know.
 * A quantity (another rater's mean, or one answer) is given away when it is a linear
 * combination of the equations: then every set of answers that fits the figures gives it the
 * same value. Bounds (answers are 1–5) are left out, so this finds exact solutions only; the
 * extremes the bounds add (everyone 5) are the mean-alone cases the rules accept.
 */
export type Cell = `${string}:${string}`;
export type Linear = ReadonlyMap<Cell, number>;

const TOLERANCE = 1e-9;

function rank(rows: readonly number[][]): number {
  const matrix = rows.map((row) => [...row]);
  let found = 0;
  const width = matrix[0]?.length ?? 0;
  for (let column = 0; column < width && found < matrix.length; column += 1) {
    let pivot = found;
    for (let r = found + 1; r < matrix.length; r += 1) {
      if (Math.abs(matrix[r]?.[column] ?? 0) > Math.abs(matrix[pivot]?.[column] ?? 0)) pivot = r;
    }
    const pivotRow = matrix[pivot];
    if (pivotRow === undefined || Math.abs(pivotRow[column] ?? 0) < TOLERANCE) continue;
    [matrix[found], matrix[pivot]] = [pivotRow, matrix[found] ?? pivotRow];
    for (let r = 0; r < matrix.length; r += 1) {
      const row = matrix[r];
      if (r === found || row === undefined) continue;
      const factor = (row[column] ?? 0) / (pivotRow[column] ?? 1);
      for (let c = column; c < width; c += 1) row[c] = (row[c] ?? 0) - factor * (pivotRow[c] ?? 0);
    }
    found += 1;
  }
  return found;
}

/** Drops the reader's own cells: they know those answers, so they are constants, not unknowns. */
export function unknownPart(equation: Linear, known: (cell: Cell) => boolean): Linear {
  return new Map([...equation].filter(([cell]) => !known(cell)));
}

export function isDetermined(equations: readonly Linear[], target: Linear): boolean {
  const cells = [...new Set([...equations.flatMap((e) => [...e.keys()]), ...target.keys()])];
  const toRow = (e: Linear) => cells.map((cell) => e.get(cell) ?? 0);
  const rows = equations.map(toRow).filter((row) => row.some((v) => Math.abs(v) > TOLERANCE));
  const targetRow = toRow(target);
  if (targetRow.every((v) => Math.abs(v) < TOLERANCE)) return false;
  return rank([...rows, targetRow]) === rank(rows);
}
