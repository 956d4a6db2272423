/**
 * Where each problem of validateSop is shown: next to the field of its step, next to its
 * pelaksana column, next to the identity field, or (the rest) in the summary. Messages are
 * pesanMasalahSop's, in the pane's language, naming the step by its printed number.
 */
import type { BidangLangkah, Sop } from "../../domain/sop";
import type { SopMasalah } from "../../domain/sop";
import type { Translate } from "../i18n";
import { pesanMasalahSop } from "./pesan-masalah";

export interface Tanda {
  validationState: "error" | "warning";
  validationMessage: string;
}

/** Fluent Field props for a list of problems: error beats warning; none → no props. */
export function tanda(masalah: readonly SopMasalah[], sop: Sop, t: Translate): Tanda | Record<string, never> {
  if (masalah.length === 0) return {};
  return {
    validationState: masalah.some((m) => m.tingkat === "error") ? "error" : "warning",
    validationMessage: masalah.map((m) => pesanMasalahSop(m, sop, t)).join(" "),
  };
}

export const diLangkah = (masalah: readonly SopMasalah[], id: string) =>
  masalah.filter((m) => "langkahId" in m && m.langkahId === id && m.kind !== "id-langkah-ganda");

export const diBidang = (masalah: readonly SopMasalah[], field: BidangLangkah) =>
  masalah.filter((m) => "field" in m && m.field === field);

export const diKolom = (masalah: readonly SopMasalah[], kolom: number) =>
  masalah.filter((m) => "kolomPelaksana" in m && !("langkahId" in m) && m.kolomPelaksana === kolom);

/** Problems of the pelaksana columns as a whole. */
export const diDaftarPelaksana = (masalah: readonly SopMasalah[]) =>
  masalah.filter((m) => m.kind === "tanpa-kolom-pelaksana" || m.kind === "kolom-pelaksana-terlalu-banyak");

export const diIdentitas = (masalah: readonly SopMasalah[], field: "nama" | "nomor") =>
  masalah.filter((m) => m.kind === "identitas-kosong" && m.field === field);

/** What has no field of its own: shown in the summary. */
export const umum = (masalah: readonly SopMasalah[]) =>
  masalah.filter((m) => m.kind === "langkah-kurang" || m.kind === "id-langkah-ganda");
