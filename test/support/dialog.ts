/**
 * A button of the confirmation dialog, queried afresh until it is reachable. Fluent's DialogSurface
 * is aria-hidden while its open state settles (and a closing surface can linger beside a new one),
 * so a dialog element held from an earlier query may no longer be the one on screen.
 */
import { screen, waitFor, within } from "@testing-library/react";

export function tombolDialog(judul: string | RegExp, tombol: string): Promise<HTMLElement> {
  return waitFor(() => within(screen.getByRole("alertdialog", { name: judul })).getByRole("button", { name: tombol }), { timeout: 5_000 });
}
