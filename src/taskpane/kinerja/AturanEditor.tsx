import { Select } from "@fluentui/react-components";
import type { AturanIndikator } from "../../domain/baca";
import type { Agregasi } from "../../domain/capaian/agregasi";
import { useT, type PlainKey } from "../i18n";

/** The polaritas choices as one list: negatif comes in its two official variants (DESIGN.md, Capaian). */
const POLARITAS = ["positif", "negatif-selisih", "negatif-rasio", "stabil"] as const;
type PilihanPolaritas = (typeof POLARITAS)[number];
const AGREGASI: readonly Agregasi[] = ["kumulatif", "nilai-akhir", "rata-rata"];

const LABEL_POLARITAS: Record<PilihanPolaritas, PlainKey> = {
  positif: "kinerja.aturan.positif",
  "negatif-selisih": "kinerja.aturan.negatif-selisih",
  "negatif-rasio": "kinerja.aturan.negatif-rasio",
  stabil: "kinerja.aturan.stabil",
};
const LABEL_AGREGASI: Record<Agregasi, PlainKey> = {
  kumulatif: "kinerja.aturan.kumulatif",
  "nilai-akhir": "kinerja.aturan.nilai-akhir",
  "rata-rata": "kinerja.aturan.rata-rata",
};

function pilihanDari(a: AturanIndikator): PilihanPolaritas {
  if (a.aturan.polaritas !== "negatif") return a.aturan.polaritas;
  return a.aturan.rumusNegatif === "rasio" ? "negatif-rasio" : "negatif-selisih";
}

function aturanDari(p: PilihanPolaritas, lama: AturanIndikator): AturanIndikator {
  const batas = lama.aturan.batas === undefined ? {} : { batas: lama.aturan.batas };
  switch (p) {
    case "positif": case "stabil": return { ...lama, aturan: { polaritas: p, ...batas } };
    case "negatif-selisih": return { ...lama, aturan: { polaritas: "negatif", rumusNegatif: "selisih", ...batas } };
    case "negatif-rasio": return { ...lama, aturan: { polaritas: "negatif", rumusNegatif: "rasio", ...batas } };
    default: return p satisfies never;
  }
}

/** Polaritas and agregasi of one indicator, labelled with the indicator so a screen reader knows which. */
export function AturanEditor(props: { indikator: string; aturan: AturanIndikator; onUbah: (a: AturanIndikator) => void }) {
  const t = useT();
  const { aturan } = props;
  return (
    <>
      <Select size="small" aria-label={t("kinerja.aturan.polaritas-dari", { indikator: props.indikator })} value={pilihanDari(aturan)}
        onChange={(_, d) => { const p = POLARITAS.find((x) => x === d.value); if (p) props.onUbah(aturanDari(p, aturan)); }}>
        {POLARITAS.map((p) => <option key={p} value={p}>{t(LABEL_POLARITAS[p])}</option>)}
      </Select>
      <Select size="small" aria-label={t("kinerja.aturan.agregasi-dari", { indikator: props.indikator })} value={aturan.agregasi}
        onChange={(_, d) => { const a = AGREGASI.find((x) => x === d.value); if (a) props.onUbah({ ...aturan, agregasi: a }); }}>
        {AGREGASI.map((a) => <option key={a} value={a}>{t(LABEL_AGREGASI[a])}</option>)}
      </Select>
    </>
  );
}
