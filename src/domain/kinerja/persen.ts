/**
 * A capaian in percent on the 0–100 scale (104.96 means 104.96 %), never the fraction 1.0496.
 * Branded so that a fraction cannot be passed where a percent is meant (Excalidraw-style units).
 */
export type Persen = number & { readonly __unit: "persen" };

/** Marks a number already on the 0–100 scale as a Persen. */
export function persen(value: number): Persen {
  return value as Persen;
}
