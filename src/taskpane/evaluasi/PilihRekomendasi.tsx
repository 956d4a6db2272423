import { useReducer } from "react";
import { Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { TanggalKalender } from "../../domain/evaluasi/kalender";
import { formatTanggalAngka, keIso } from "../../domain/evaluasi/tanggal";
import type { TindakLanjut } from "../../domain/evaluasi/tindak-lanjut";
import { kunciTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-lembar";
import { bacaMasukanTindakLanjut, type MasalahTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-masukan";
import { periodeDariTanggal, rentangTw, type PeriodeTw } from "../../domain/evaluasi/triwulan";
import type { ExcelHost } from "../../excel/host";
import { useReportError } from "../errors";
import { useT } from "../i18n";
import type { AmbilRekomendasi } from "./aksi-tipe";
import { teksMasalahForm } from "./pesan-tindak-lanjut";
import { rekomendasiReducer, type PilihanRekomendasi } from "./state-rekomendasi";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalM, borderLeft: `2px solid ${tokens.colorNeutralStroke2}` },
});

/**
 * "Ambil rekomendasi dari lembar evaluasi": the quarter's recommendations, ticked ones turned into
 * follow-ups with their Kasi and deadline (by default the end of the current quarter).
 */
export function PilihRekomendasi(props: {
  host: ExcelHost; ambil: AmbilRekomendasi; periode: PeriodeTw; hariIni: TanggalKalender; sibuk: boolean;
  kunciAda: ReadonlySet<string>; tambah: (baru: readonly TindakLanjut[]) => Promise<void>;
}) {
  const t = useT();
  const styles = useStyles();
  const report = useReportError();
  const [state, dispatch] = useReducer(rekomendasiReducer, { kind: "tutup" });

  const ambil = async () => {
    dispatch({ kind: "muat" });
    try {
      const hasil = await props.host.run((c) => props.ambil(c, props.periode.tahun, props.periode.tw));
      const batasWaktu = formatTanggalAngka(rentangTw(props.hariIni.tahun, periodeDariTanggal(props.hariIni).tw).akhir);
      dispatch({ kind: "dimuat", hasil, sudahAda: (r) => props.kunciAda.has(kunciTindakLanjut(r)), batasWaktu });
    } catch (e) {
      report(e);
      dispatch({ kind: "tutup" });
    }
  };

  const tambahkan = (pilihan: readonly PilihanRekomendasi[]) => {
    const masalah: Record<number, MasalahTindakLanjut[]> = {};
    const baru: TindakLanjut[] = [];
    pilihan.forEach((p, i) => {
      if (!p.dipilih || p.sudahAda) return;
      const h = bacaMasukanTindakLanjut(`rekomendasi-${p.rek.baris}`, { ...p.rek, penanggungJawab: p.penanggungJawab, batasWaktu: p.batasWaktu, tanggalDiserahkan: keIso(props.hariIni) });
      if (h.kind === "ok") baru.push(h.tindakLanjut);
      else masalah[i] = h.masalah;
    });
    if (Object.keys(masalah).length > 0) dispatch({ kind: "masalah", masalah });
    else if (baru.length > 0) void props.tambah(baru).then(() => dispatch({ kind: "tutup" }));
  };

  switch (state.kind) {
    case "tutup": return <div><Button onClick={() => void ambil()}>{t("evaluasi.rek.ambil")}</Button></div>;
    case "memuat": return <Spinner size="tiny" label={t("evaluasi.rek.memuat")} />;
    case "tidak-ada": return (
      <MessageBar intent="warning"><MessageBarBody>{t("evaluasi.rek.tidak-ada", { nama: state.namaLembar })}</MessageBarBody></MessageBar>
    );
    case "pilih": return (
      <div className={styles.box} role="group" aria-labelledby="evaluasi-rek">
        <Subtitle2 as="h4" id="evaluasi-rek">{t("evaluasi.rek.judul", { nama: state.namaLembar })}</Subtitle2>
        {state.pilihan.length === 0 && <Caption1>{t("evaluasi.rek.kosong")}</Caption1>}
        {state.pilihan.map((p, i) => (
          <div key={p.rek.baris} className={styles.item}>
            <Checkbox label={p.rek.indikator ? `${p.rek.indikator}: ${p.rek.rekomendasi}` : p.rek.rekomendasi} checked={p.dipilih} disabled={p.sudahAda}
              onChange={(_, d) => dispatch({ kind: "ubah", index: i, ubah: { dipilih: d.checked === true } })} />
            {p.sudahAda && <Caption1>{t("evaluasi.rek.sudah-ada")}</Caption1>}
            {p.dipilih && <IsianPilihan p={p} ubah={(ubah) => dispatch({ kind: "ubah", index: i, ubah })} />}
          </div>
        ))}
        <div>
          <Button appearance="primary" disabled={props.sibuk || !state.pilihan.some((p) => p.dipilih)} onClick={() => tambahkan(state.pilihan)}>{t("evaluasi.rek.tambahkan")}</Button>{" "}
          <Button onClick={() => dispatch({ kind: "tutup" })}>{t("evaluasi.ba.batal")}</Button>
        </div>
      </div>
    );
    default: return state satisfies never;
  }
}

function IsianPilihan(props: { p: PilihanRekomendasi; ubah: (u: { penanggungJawab?: string; batasWaktu?: string }) => void }) {
  const t = useT();
  const m = (f: "penanggungJawab" | "batasWaktu") => {
    const x = props.p.masalah.find((y) => y.field === f);
    return x ? { validationState: "error" as const, validationMessage: teksMasalahForm(t, x) } : {};
  };
  return (
    <>
      <Field label={t("evaluasi.rek.penanggung-jawab", { baris: props.p.rek.baris })} required {...m("penanggungJawab")}>
        <Input value={props.p.penanggungJawab} onChange={(_, d) => props.ubah({ penanggungJawab: d.value })} />
      </Field>
      <Field label={t("evaluasi.rek.batas-waktu", { baris: props.p.rek.baris })} required {...m("batasWaktu")}>
        <Input value={props.p.batasWaktu} onChange={(_, d) => props.ubah({ batasWaktu: d.value })} />
      </Field>
    </>
  );
}
