import { useMemo } from "react";
import { Button, Caption1, Field, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SkalaPredikat } from "../../domain/kinerja/predikat";
import { DAFTAR_TW, romawiTw } from "../../domain/evaluasi/triwulan";
import { useT } from "../i18n";
import { labelLewati } from "./label";
import { hitungHalaman } from "./olah";
import { pesanMasalahSel } from "./pesan";
import { PetaKolom } from "./PetaKolom";
import { RingkasanHalaman } from "./RingkasanHalaman";
import { aturanBaris, type Bacaan, type IsiIku, type KinerjaAction, type KinerjaState } from "./state";
import { TabelIndikator } from "./TabelIndikator";

const useStyles = makeStyles({
  bagian: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch", minWidth: 0 },
  tombol: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  masalah: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "12rem", overflowY: "auto" },
});

const MASALAH_TAMPIL = 100;

/** What was read from the active sheet: mapping, problems by cell, rules, results, and the two ways to write them. */
export function HasilBaca(props: {
  bacaan: Bacaan; state: KinerjaState; skala: SkalaPredikat; dispatch: (a: KinerjaAction) => void;
  onTambahKolom: () => void; onBuatIku: (isi: IsiIku, ganti: boolean) => void;
}) {
  const t = useT();
  const styles = useStyles();
  const { bacaan, state, dispatch } = props;
  const { peta, hasil, lembar } = bacaan;
  const { hitungan, ringkasan } = useMemo(() => hitungHalaman(bacaan, state, props.skala), [bacaan, state, props.skala]);
  const dilewati = peta.barisDilewati.filter((d) => d.alasan !== "kosong");
  const baris = (r: number) => r + 1;
  const ada = hasil.indikator.length > 0;
  return (
    <section className={styles.bagian} aria-labelledby="kinerja-hasil">
      <Subtitle2 as="h3" id="kinerja-hasil">
        {t("kinerja.ringkas", { nama: lembar.nama, header: peta.barisHeader.map(baris).join("–"), jumlah: hasil.indikator.length })}
      </Subtitle2>
      <PetaKolom peta={peta} onUbah={(kolom, peran) => dispatch({ kind: "ubah-peran", kolom, peran })} />
      {dilewati.length > 0 && (
        <ul aria-label={t("kinerja.dilewati")} className={styles.masalah}>
          {dilewati.map((d) => <li key={d.baris}>{t("kinerja.baris-dilewati", { baris: baris(d.baris), alasan: labelLewati(d.alasan, t) })}</li>)}
        </ul>
      )}
      {hasil.masalah.length > 0 && (
        <>
          <Text weight="semibold">{t("kinerja.masalah.judul", { jumlah: hasil.masalah.length })}</Text>
          <ul aria-label={t("kinerja.masalah.daftar")} className={styles.masalah}>
            {hasil.masalah.slice(0, MASALAH_TAMPIL).map((m, i) => <li key={i}>{pesanMasalahSel(m, t)}</li>)}
          </ul>
          {hasil.masalah.length > MASALAH_TAMPIL && <Caption1>{t("kinerja.masalah.lebih", { jumlah: hasil.masalah.length - MASALAH_TAMPIL })}</Caption1>}
        </>
      )}
      {ada && (
        <>
          <Field label={t("kinerja.tw")}>
            <Select value={String(state.tw)} onChange={(_, d) => { const tw = DAFTAR_TW.find((x) => String(x) === d.value); if (tw) dispatch({ kind: "pilih-tw", tw }); }}>
              {DAFTAR_TW.map((x) => <option key={x} value={x}>{`TW ${romawiTw(x)}`}</option>)}
            </Select>
          </Field>
          <RingkasanHalaman ringkasan={ringkasan} />
          <TabelIndikator indikator={hasil.indikator} hitungan={hitungan} tw={state.tw}
            aturan={(ind) => aturanBaris(state, ind.baris, ind.aturanTebakan)}
            onUbahAturan={(b, aturan) => dispatch({ kind: "ubah-aturan", baris: b, aturan })} />
          <div className={styles.tombol}>
            <Button appearance="primary" disabled={state.sibuk !== null} onClick={props.onTambahKolom}>{t("kinerja.kolom.tambah", { tw: romawiTw(state.tw) })}</Button>
            <Button disabled={state.sibuk !== null} onClick={() => props.onBuatIku("data", false)}>{t("kinerja.iku.dari-data")}</Button>
          </div>
          <Caption1>{t("kinerja.kolom.catatan")}</Caption1>
        </>
      )}
    </section>
  );
}
