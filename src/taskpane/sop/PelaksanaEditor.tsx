import { Button, Caption1, Field, Input, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Sop, SopMasalah } from "../../domain/sop";
import { pesanMasalahSop } from "./pesan-masalah";
import { langkahDiKolom, type EditSop } from "../../domain/sop/edit";
import { useT } from "../i18n";
import { diDaftarPelaksana, diKolom, tanda } from "./masalah";

const useStyles = makeStyles({
  bagian: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  baris: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", gap: tokens.spacingHorizontalXS, alignItems: "end" },
  tombol: { display: "flex" },
  masalah: { color: tokens.colorPaletteRedForeground1 },
});

/** The pelaksana columns, left to right: rename, reorder, remove, add. */
export function PelaksanaEditor(props: { sop: Sop; masalah: readonly SopMasalah[]; onEdit: (e: EditSop) => void }) {
  const t = useT();
  const styles = useStyles();
  const { sop } = props;
  return (
    <section className={styles.bagian} aria-labelledby="sop-pelaksana">
      <Subtitle2 as="h3" id="sop-pelaksana">{t("sop.pelaksana")}</Subtitle2>
      {diDaftarPelaksana(props.masalah).map((m, i) => <Caption1 key={i} className={styles.masalah}>{pesanMasalahSop(m, sop, t)}</Caption1>)}
      {sop.pelaksana.map((nama, kolom) => {
        const n = kolom + 1;
        return (
          <div key={kolom} className={styles.baris}>
            <Field label={t("sop.pelaksana.kolom", { n })} hint={t("sop.pelaksana.dipakai", { jumlah: langkahDiKolom(sop, kolom).length })} {...tanda(diKolom(props.masalah, kolom), sop, t)}>
              <Input value={nama} onChange={(_, d) => props.onEdit({ kind: "pelaksana-ubah-nama", kolom, nama: d.value })} />
            </Field>
            <div className={styles.tombol}>
              <Button appearance="subtle" icon={<ArrowUpRegular />} aria-label={t("sop.pelaksana.naik", { n })} title={t("sop.pelaksana.naik", { n })} disabled={kolom === 0} onClick={() => props.onEdit({ kind: "pelaksana-pindah", kolom, arah: "naik" })} />
              <Button appearance="subtle" icon={<ArrowDownRegular />} aria-label={t("sop.pelaksana.turun", { n })} title={t("sop.pelaksana.turun", { n })} disabled={kolom === sop.pelaksana.length - 1} onClick={() => props.onEdit({ kind: "pelaksana-pindah", kolom, arah: "turun" })} />
              <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t("sop.pelaksana.hapus", { n })} title={t("sop.pelaksana.hapus", { n })} onClick={() => props.onEdit({ kind: "pelaksana-hapus", kolom })} />
            </div>
          </div>
        );
      })}
      <Button icon={<AddRegular />} onClick={() => props.onEdit({ kind: "pelaksana-tambah", nama: "" })}>{t("sop.pelaksana.tambah")}</Button>
    </section>
  );
}
