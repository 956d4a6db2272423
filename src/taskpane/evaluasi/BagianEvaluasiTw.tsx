import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select, SpinButton, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { DAFTAR_TW, romawiTw } from "../../domain/evaluasi/triwulan";
import { formatTanggalAngka } from "../../domain/evaluasi/tanggal";
import { TAHUN_MAX, TAHUN_MIN } from "../../domain/pengaturan/model";
import { useT } from "../i18n";
import { FormBeritaAcara } from "./FormBeritaAcara";
import { teksHasilEvaluasi } from "./pesan-evaluasi";
import type { useEvaluasiTw } from "./use-evaluasi-tw";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  baris: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap", alignItems: "end" },
});

/** Section "Evaluasi triwulan": year and quarter, "Sisipkan evaluasi TW n", the Berita Acara form. */
export function BagianEvaluasiTw(props: ReturnType<typeof useEvaluasiTw> & { today: Date }) {
  const t = useT();
  const styles = useStyles();
  const { state, dispatch } = props;
  const { tahun, tw } = state.periode;
  const pesan = state.hasil ? teksHasilEvaluasi(t, state.hasil) : null;
  const today = { tahun: props.today.getFullYear(), bulan: props.today.getMonth() + 1, hari: props.today.getDate() };
  return (
    <section className={styles.section} aria-labelledby="evaluasi-tw">
      <Subtitle1 as="h3" id="evaluasi-tw">{t("evaluasi.tw.judul")}</Subtitle1>
      <div className={styles.baris}>
        <Field label={t("evaluasi.tw.tahun")}>
          <SpinButton value={tahun} min={TAHUN_MIN} max={TAHUN_MAX}
            onChange={(_, d) => { const v = d.value ?? Number(d.displayValue); if (Number.isInteger(v) && v >= TAHUN_MIN && v <= TAHUN_MAX) dispatch({ kind: "tahun", tahun: v }); }} />
        </Field>
        <Field label={t("evaluasi.tw.triwulan")}>
          <Select value={String(tw)} onChange={(_, d) => { const v = DAFTAR_TW.find((x) => String(x) === d.value); if (v) dispatch({ kind: "tw", tw: v }); }}>
            {DAFTAR_TW.map((x) => <option key={x} value={x}>{`TW ${romawiTw(x)}`}</option>)}
          </Select>
        </Field>
      </div>
      <div className={styles.baris}>
        <Button appearance="primary" disabled={state.sibuk} onClick={() => void props.sisipkanEvaluasi()}>{t("evaluasi.tw.sisipkan", { tw: romawiTw(tw) })}</Button>
        <Button disabled={state.ba !== null} onClick={() => dispatch({ kind: "buka-ba", tanggal: formatTanggalAngka(today) })}>{t("evaluasi.tw.berita-acara")}</Button>
      </div>
      {pesan && (
        <MessageBar intent={pesan.intent} role="status">
          <MessageBarBody>{pesan.teks}</MessageBarBody>
          {pesan.bolehGanti && <MessageBarActions><Button size="small" onClick={() => props.sisipkanBeritaAcara(true)}>{t("evaluasi.ba.ganti")}</Button></MessageBarActions>}
        </MessageBar>
      )}
      {state.ba && (
        <FormBeritaAcara draf={state.ba.draf} salah={state.ba.salah} sibuk={state.sibuk}
          ubah={(edit) => dispatch({ kind: "ubah-ba", edit })} kirim={() => props.sisipkanBeritaAcara(false)} batal={() => dispatch({ kind: "tutup-ba" })} />
      )}
    </section>
  );
}
