/** Warnings of the SOP text import, each with the 1-based line of the pasted text it concerns. */

export type JenisPeringatanImpor =
  /** No procedure table and no numbered steps were found. */
  | "tanpa-prosedur"
  /** A procedure without an identity block (Nama SOP taken from its title, if any). */
  | "tanpa-identitas"
  /** An identity block no procedure table could be matched with: imported without steps. */
  | "identitas-tanpa-prosedur"
  /** Numbering restarted at 1; `detail` is "lanjut" (same flow kept) or "prosedur-baru". */
  | "penomoran-ulang"
  /** A step number out of sequence (e.g. OCR read "1" as "4"). */
  | "nomor-tidak-urut"
  /** A second copy of a procedure already read (a document scanned twice): ignored. */
  | "salinan-ganda"
  /** A table without cell boundaries (OCR): fields are guesses, every step is marked. */
  | "teks-ocr"
  /** Text found in a pelaksana column where a symbol was expected. */
  | "isi-kolom-pelaksana"
  /** A procedure whose pelaksana columns could not be found. */
  | "tanpa-kolom-pelaksana"
  /** A line that belongs to nothing recognised. */
  | "baris-diabaikan";

export interface ImporPeringatan {
  jenis: JenisPeringatanImpor;
  baris: number;
  /** Index into the returned `sops` when the warning concerns one procedure. */
  sop?: number;
  /** Raw text or a variant, for the message shown to the user. */
  detail?: string;
}
