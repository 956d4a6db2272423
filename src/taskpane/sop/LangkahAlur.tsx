import { useId } from "react";
import { Caption1, Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { JenisLangkah, Langkah, Sop, SopMasalah } from "../../domain/sop";
import type { EditSop } from "../../domain/sop/edit";
import { useT } from "../i18n";
import { diBidang, tanda } from "./masalah";

const useStyles = makeStyles({
  kolom: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0 },
  error: { color: tokens.colorPaletteRedForeground1, width: "100%" },
  peringatan: { color: tokens.colorPaletteDarkOrangeForeground1, width: "100%" },
  dua: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))", gap: tokens.spacingHorizontalS },
});

const JENIS: readonly JenisLangkah[] = ["mulai", "proses", "keputusan", "selesai"];
const isJenis = (v: string): v is JenisLangkah => JENIS.some((j) => j === v);
const ringkas = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** Where a step sits in the flow: its pelaksana columns (several = a joint activity), symbol, Ya/Tidak targets. */
export function LangkahAlur(props: { sop: Sop; langkah: Langkah; nomor: number; masalah: readonly SopMasalah[]; onEdit: (e: EditSop) => void }) {
  const t = useT();
  const styles = useStyles();
  const pesanId = useId();
  const { sop, langkah: l } = props;
  const id = l.id;
  const pelaksana = tanda(diBidang(props.masalah, "pelaksana"), sop, t);
  const ubahKolom = (kolom: number, aktif: boolean) =>
    props.onEdit({ kind: "langkah-pelaksana", id, pelaksana: aktif ? [...l.pelaksana, kolom] : l.pelaksana.filter((p) => p !== kolom) });
  const cabang = (k: "ya" | "tidak") => (
    <Field label={t(`sop.f.${k}`)} {...tanda(k === "ya" ? diBidang(props.masalah, "cabang") : [], sop, t)}>
      <Select value={l.cabang?.[k] ?? ""} onChange={(_, d) => props.onEdit({ kind: "langkah-cabang", id, cabang: k, target: d.value === "" ? null : d.value })}>
        <option value="">{t("sop.f.berikutnya")}</option>
        {sop.langkah.map((x, i) => x.id === id ? null : <option key={x.id} value={x.id}>{t("sop.f.ke-langkah", { n: i + 1, kegiatan: ringkas(x.kegiatan) })}</option>)}
        {l.cabang?.[k] && !sop.langkah.some((x) => x.id === l.cabang?.[k]) && <option value={l.cabang[k] ?? ""}>{l.cabang[k]}</option>}
      </Select>
    </Field>
  );
  return (
    <>
      <fieldset className={styles.kolom} aria-describedby={"validationMessage" in pelaksana ? pesanId : undefined}>
        <legend className={styles.legend}>{t("sop.f.pelaksana")}</legend>
        {sop.pelaksana.length === 0 && <Caption1>{t("sop.f.tanpa-pelaksana")}</Caption1>}
        {sop.pelaksana.map((nama, kolom) => (
          <Checkbox key={kolom} label={nama.trim() || t("sop.pelaksana.kolom", { n: kolom + 1 })} checked={l.pelaksana.includes(kolom)} onChange={(_, d) => ubahKolom(kolom, d.checked === true)} />
        ))}
        {"validationMessage" in pelaksana && (
          <Caption1 id={pesanId} className={pelaksana.validationState === "error" ? styles.error : styles.peringatan}>{pelaksana.validationMessage}</Caption1>
        )}
      </fieldset>
      <div className={styles.dua}>
        <Field label={t("sop.f.jenis")} {...tanda(diBidang(props.masalah, "jenis"), sop, t)}>
          <Select value={l.jenis} onChange={(_, d) => { if (isJenis(d.value)) props.onEdit({ kind: "langkah-jenis", id, jenis: d.value }); }}>
            {JENIS.map((j) => <option key={j} value={j}>{t(`sop.jenis.${j}`)}</option>)}
          </Select>
        </Field>
        {l.jenis === "keputusan" && cabang("ya")}
        {l.jenis === "keputusan" && cabang("tidak")}
      </div>
    </>
  );
}
