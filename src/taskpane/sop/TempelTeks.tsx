import type { Dispatch } from "react";
import { Button, Caption1, Field, Subtitle2, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import type { ImporPeringatan, Sop } from "../../domain/sop";
import { useT, type Translate } from "../i18n";
import type { SopAction, Tempel } from "./state";

const useStyles = makeStyles({
  bagian: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  hasil: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  kartu: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  perlu: { color: tokens.colorPaletteDarkOrangeForeground1 },
  daftar: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function pesanImpor(p: ImporPeringatan, t: Translate): string {
  const baris = p.baris;
  switch (p.jenis) {
    case "tanpa-prosedur": return t("sop.impor.tanpa-prosedur", { baris });
    case "tanpa-identitas": return t("sop.impor.tanpa-identitas", { baris });
    case "identitas-tanpa-prosedur": return t("sop.impor.identitas-tanpa-prosedur", { baris });
    case "penomoran-ulang": return t("sop.impor.penomoran-ulang", { baris });
    case "nomor-tidak-urut": return t("sop.impor.nomor-tidak-urut", { baris });
    case "salinan-ganda": return t("sop.impor.salinan-ganda", { baris });
    case "teks-ocr": return t("sop.impor.teks-ocr", { baris });
    case "isi-kolom-pelaksana": return t("sop.impor.isi-kolom-pelaksana", { baris });
    case "tanpa-kolom-pelaksana": return t("sop.impor.tanpa-kolom-pelaksana", { baris });
    case "baris-diabaikan": return t("sop.impor.baris-diabaikan", { baris, detail: p.detail ?? "" });
    default: return p.jenis satisfies never;
  }
}

/** Steps whose pelaksana the import could not tell. */
export const tanpaPelaksana = (sop: Sop) => sop.langkah.filter((l) => l.pelaksana.length === 0 || l.perluDiperiksa.includes("pelaksana"));

/** Pasted SOP text → the SOPs parseSopText found, what it inferred, its warnings; pick one to edit. */
export function TempelTeks(props: { tempel: Tempel; dispatch: Dispatch<SopAction> }) {
  const t = useT();
  const styles = useStyles();
  const { teks, impor } = props.tempel;
  const umum = impor?.peringatan.filter((p) => p.sop === undefined) ?? [];
  return (
    <section className={styles.bagian} aria-labelledby="sop-tempel">
      <Subtitle2 as="h3" id="sop-tempel">{t("sop.tempel")}</Subtitle2>
      <Field label={t("sop.tempel.label")}>
        <Textarea resize="vertical" rows={5} value={teks} onChange={(_, d) => props.dispatch({ kind: "ubah-teks", teks: d.value })} />
      </Field>
      <Button icon={<SearchRegular />} disabled={teks.trim() === ""} onClick={() => props.dispatch({ kind: "cari-di-teks" })}>{t("sop.tempel.cari")}</Button>
      {impor && (
        <>
          <Text weight="semibold">{impor.sops.length === 0 ? t("sop.tempel.tidak-ada") : t("sop.tempel.ditemukan", { jumlah: impor.sops.length })}</Text>
          <ul className={styles.hasil} aria-label={t("sop.tempel.ditemukan", { jumlah: impor.sops.length })}>
            {impor.sops.map((sop, i) => (
              <Ditemukan key={i} sop={sop} peringatan={impor.peringatan.filter((p) => p.sop === i)} onPilih={() => props.dispatch({ kind: "pakai-impor", indeks: i })} />
            ))}
          </ul>
          {umum.length > 0 && (
            <ul className={styles.daftar} aria-label={t("sop.tempel.peringatan-umum")}>
              {umum.map((p, i) => <li key={i}><Caption1>{pesanImpor(p, t)}</Caption1></li>)}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function Ditemukan(props: { sop: Sop; peringatan: ImporPeringatan[]; onPilih: () => void }) {
  const t = useT();
  const styles = useStyles();
  const nama = props.sop.identitas.nama.trim() || t("sop.tempel.tanpa-nama");
  const pelaksana = props.sop.pelaksana.length > 0 ? props.sop.pelaksana.join(", ") : t("sop.tempel.tanpa-pelaksana");
  const perlu = tanpaPelaksana(props.sop).length;
  return (
    <li className={styles.kartu}>
      <Text weight="semibold">{nama}</Text>
      {props.sop.identitas.instansi.length > 0 && <Caption1>{props.sop.identitas.instansi.join(" · ")}</Caption1>}
      <Caption1>{t("sop.tempel.ringkas", { langkah: props.sop.langkah.length, pelaksana })}</Caption1>
      {perlu > 0 && <Caption1 className={styles.perlu}>{t("sop.tempel.perlu-periksa", { jumlah: perlu })}</Caption1>}
      {props.peringatan.length > 0 && (
        <ul className={styles.daftar}>{props.peringatan.map((p, i) => <li key={i}><Caption1>{pesanImpor(p, t)}</Caption1></li>)}</ul>
      )}
      <Button appearance="primary" onClick={props.onPilih}>{t("sop.tempel.sunting", { nama })}</Button>
    </li>
  );
}
