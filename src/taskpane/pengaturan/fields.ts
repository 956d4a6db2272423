import type { BidangPengaturan, MasalahPengaturan } from "../../domain/pengaturan";
import type { Translate } from "../i18n";

/** The message shown under a field, from the first problem the domain found for it. */
export function pesanBidang(masalah: MasalahPengaturan[], field: BidangPengaturan, t: Translate): string | undefined {
  const m = masalah.find((x) => x.field === field);
  if (!m) return undefined;
  switch (m.kind) {
    case "wajib-diisi": return t("masalah.wajib-diisi");
    case "nip-tidak-valid": return t("masalah.nip-tidak-valid", { digit: m.digit });
    case "tahun-di-luar-rentang": return t("masalah.tahun-di-luar-rentang");
    case "skala-tidak-valid": return t("masalah.skala-tidak-valid");
    default: return m satisfies never;
  }
}
