import { Badge, Button, Caption1, Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatTanggal } from "../../domain/evaluasi/tanggal";
import { LABEL_STATUS, statusBerikutnya } from "../../domain/evaluasi/tindak-lanjut";
import type { BarisTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-lembar";
import { useT } from "../i18n";
import { daftarTampil, type Saringan } from "./state-tindak-lanjut";

const SARINGAN: readonly Saringan[] = ["terbuka", "terlambat", "semua"];

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export function DaftarTindakLanjut(props: { daftar: readonly BarisTindakLanjut[]; saringan: Saringan; sibuk: boolean; saring: (s: Saringan) => void; lanjutkan: (baris: number) => void }) {
  const t = useT();
  const styles = useStyles();
  const tampil = daftarTampil(props.daftar, props.saringan);
  return (
    <>
      <RadioGroup layout="horizontal" aria-label={t("evaluasi.tl.saringan")} value={props.saringan}
        onChange={(_, d) => { const s = SARINGAN.find((x) => x === d.value); if (s) props.saring(s); }}>
        {SARINGAN.map((s) => <Radio key={s} value={s} label={t(`evaluasi.tl.saring.${s}`)} />)}
      </RadioGroup>
      {tampil.length === 0 ? <Caption1>{t("evaluasi.tl.kosong")}</Caption1> : (
        <ul className={styles.list} aria-label={t("evaluasi.tl.daftar")}>
          {tampil.map((b) => <ItemTindakLanjut key={b.baris} b={b} sibuk={props.sibuk} lanjutkan={props.lanjutkan} className={styles.item} headClass={styles.head} />)}
        </ul>
      )}
    </>
  );
}

function ItemTindakLanjut(props: { b: BarisTindakLanjut; sibuk: boolean; lanjutkan: (baris: number) => void; className: string; headClass: string }) {
  const t = useT();
  const tl = props.b.tindakLanjut;
  const berikut = statusBerikutnya(tl.status);
  return (
    <li className={props.className} aria-label={tl.rekomendasi}>
      <div className={props.headClass}>
        <Text weight="semibold">{tl.rekomendasi}</Text>
        {props.b.hariTerlambat > 0 && <Badge color="danger" appearance="filled">{t("evaluasi.tl.terlambat-hari", { hari: props.b.hariTerlambat })}</Badge>}
      </div>
      {tl.indikator !== "" && <Caption1>{tl.indikator}</Caption1>}
      <Caption1>{t("evaluasi.tl.rincian", { pj: tl.penanggungJawab, tanggal: formatTanggal(tl.batasWaktu), status: LABEL_STATUS[tl.status] })}</Caption1>
      {berikut && (
        <div>
          <Button size="small" disabled={props.sibuk} onClick={() => props.lanjutkan(props.b.baris)}>{t("evaluasi.tl.tandai", { status: LABEL_STATUS[berikut] })}</Button>
        </div>
      )}
    </li>
  );
}
