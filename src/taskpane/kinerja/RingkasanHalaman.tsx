import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { RingkasanKinerja } from "../../domain/baca";
import { formatId } from "../../domain/capaian/angka";
import { romawiTw } from "../../domain/evaluasi/triwulan";
import { useT } from "../i18n";

const useStyles = makeStyles({
  kotak: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  daftar: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The live summary: count per predikat, average capaian, indicators without data for the quarter. */
export function RingkasanHalaman(props: { ringkasan: RingkasanKinerja }) {
  const t = useT();
  const styles = useStyles();
  const r = props.ringkasan;
  const tw = romawiTw(r.tw);
  return (
    <section className={styles.kotak} aria-label={t("kinerja.ringkasan", { tw })}>
      <Text weight="semibold">{t("kinerja.ringkasan", { tw })}</Text>
      <ul className={styles.daftar}>
        {r.perPredikat.map((p) => <li key={p.predikat}>{t("kinerja.ringkasan.predikat", { predikat: p.predikat, jumlah: p.jumlah })}</li>)}
      </ul>
      <Text>{r.rataRata === null ? t("kinerja.ringkasan.rata-kosong") : t("kinerja.ringkasan.rata", { nilai: formatId(Math.round(r.rataRata * 100) / 100) })}</Text>
      {r.tanpaData.length > 0 && (
        <Caption1>{t("kinerja.ringkasan.tanpa-data", { jumlah: r.tanpaData.length, tw, contoh: r.tanpaData.slice(0, 3).map((x) => `${x.indikator} (${x.baris + 1})`).join("; ") })}</Caption1>
      )}
    </section>
  );
}
