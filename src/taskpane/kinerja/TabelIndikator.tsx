import { useState } from "react";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AturanIndikator, HitunganIndikator, IndikatorTerbaca } from "../../domain/baca";
import type { HasilCapaian } from "../../domain/capaian/capaian";
import { formatId } from "../../domain/capaian/angka";
import { romawiTw, type Triwulan } from "../../domain/evaluasi/triwulan";
import { useT, type Translate } from "../i18n";
import { AturanEditor } from "./AturanEditor";

const TAMPIL_AWAL = 50;

const useStyles = makeStyles({
  daftar: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  kartu: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  aturan: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(180px, 1fr))", gap: tokens.spacingHorizontalXS },
  selisih: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const persen = (x: number) => `${formatId(Math.round(x * 100) / 100)} %`;

/** " (satuan)" after the indicator, unless its text already ends with it ("Rata-rata waktu … (hari)"). */
function denganSatuan(ind: IndikatorTerbaca): string {
  if (!ind.satuan) return "";
  const akhiran = ` (${ind.satuan})`;
  return ind.indikator.toLowerCase().endsWith(akhiran.toLowerCase()) ? "" : akhiran;
}

export function teksCapaian(h: HasilCapaian, t: Translate): string {
  return h.kind === "ok" ? persen(h.persen) : t(`kinerja.alasan.${h.alasan}`);
}

/**
 * One card per indicator (the pane is narrow): its row, its rule (editable), the readable formula,
 * and capaian with predikat for the quarter; where the sheet's own capaian differs, both.
 */
export function TabelIndikator(props: {
  indikator: readonly IndikatorTerbaca[];
  hitungan: readonly HitunganIndikator[];
  aturan: (ind: IndikatorTerbaca) => AturanIndikator;
  tw: Triwulan;
  onUbahAturan: (baris: number, a: AturanIndikator) => void;
}) {
  const t = useT();
  const styles = useStyles();
  const [semua, setSemua] = useState(false);
  const tampil = semua ? props.indikator : props.indikator.slice(0, TAMPIL_AWAL);
  const tw = romawiTw(props.tw);
  return (
    <>
      <ul className={styles.daftar} aria-label={t("kinerja.tabel-indikator")}>
        {tampil.map((ind, i) => {
          const h = props.hitungan[i];
          return (
            <li key={ind.baris} className={styles.kartu} aria-label={ind.indikator}>
              <Text weight="semibold">{t("kinerja.kartu.judul", { baris: ind.baris + 1, indikator: ind.indikator })}{denganSatuan(ind)}</Text>
              <div className={styles.aturan}>
                <AturanEditor indikator={ind.indikator} aturan={props.aturan(ind)} onUbah={(a) => props.onUbahAturan(ind.baris, a)} />
              </div>
              <Caption1>{h.rumus}</Caption1>
              <Text aria-label={t("kinerja.kartu.hasil")}>
                {t("kinerja.kartu.capaian", { tw, capaian: teksCapaian(h.capaianTw, t), predikat: h.predikat ?? "–" })}
              </Text>
              {h.selisihLembar && (
                <Caption1 className={styles.selisih}>{t("kinerja.selisih", { lembar: persen(h.selisihLembar.lembar), evapor: persen(h.selisihLembar.evapor) })}</Caption1>
              )}
            </li>
          );
        })}
      </ul>
      {!semua && props.indikator.length > TAMPIL_AWAL && (
        <Button size="small" onClick={() => setSemua(true)}>{t("kinerja.tampilkan-semua", { jumlah: props.indikator.length })}</Button>
      )}
    </>
  );
}
