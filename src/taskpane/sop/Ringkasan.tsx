import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatTotalWaktu, totalWaktu, type Sop, type SopMasalah } from "../../domain/sop";
import { pesanMasalahSop } from "./pesan-masalah";
import { useT } from "../i18n";
import { umum } from "./masalah";

const useStyles = makeStyles({
  kotak: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Counts of errors and warnings, total waktu per unit, and problems that have no field of their own. */
export function Ringkasan(props: { sop: Sop; masalah: readonly SopMasalah[] }) {
  const t = useT();
  const styles = useStyles();
  const error = props.masalah.filter((m) => m.tingkat === "error").length;
  const total = totalWaktu(props.sop.langkah);
  return (
    <section className={styles.kotak} aria-label={t("sop.ringkas")}>
      <Text weight="semibold">{t("sop.ringkas.masalah", { error, peringatan: props.masalah.length - error })}</Text>
      <Text>{t("sop.ringkas.total", { total: formatTotalWaktu(total) })}</Text>
      {total.tidakTerbaca.length > 0 && <Caption1>{t("sop.ringkas.tidak-terbaca", { jumlah: total.tidakTerbaca.length })}</Caption1>}
      {umum(props.masalah).map((m, i) => <Caption1 key={i} className={styles.error}>{pesanMasalahSop(m, props.sop, t)}</Caption1>)}
    </section>
  );
}
