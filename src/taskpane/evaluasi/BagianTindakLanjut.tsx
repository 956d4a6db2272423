import { MessageBar, MessageBarBody, Spinner, Subtitle1 } from "@fluentui/react-components";
import { kunciTindakLanjut } from "../../domain/evaluasi/tindak-lanjut-lembar";
import type { PeriodeTw } from "../../domain/evaluasi/triwulan";
import type { ExcelHost } from "../../excel/host";
import type { UkuranKertas } from "../../domain/pengaturan/model";
import type { AmbilRekomendasi } from "./aksi-tipe";
import { PilihRekomendasi } from "./PilihRekomendasi";
import { useT } from "../i18n";
import { DaftarTindakLanjut } from "./DaftarTindakLanjut";
import { FormTindakLanjut } from "./FormTindakLanjut";
import { teksMasalahBaris, teksPesan } from "./pesan-tindak-lanjut";
import type { Daftar } from "./state-tindak-lanjut";
import { useTindakLanjut } from "./use-tindak-lanjut";

/** Section "Tindak lanjut": the year's list, moving a follow-up along, adding new ones. */
export function BagianTindakLanjut(props: { host: ExcelHost; periode: PeriodeTw; today: Date; kertas: UkuranKertas; ambil: AmbilRekomendasi | null }) {
  const t = useT();
  const { state, dispatch, hariIni, tambah, tambahDariForm, lanjutkan } = useTindakLanjut(props.host, props.periode.tahun, props.today, props.kertas);
  const kunciAda = new Set(state.daftar.kind === "ok" ? state.daftar.daftar.map((b) => kunciTindakLanjut(b.tindakLanjut)) : []);
  const pesan = state.pesan ? teksPesan(t, state.pesan) : null;
  return (
    <section aria-labelledby="evaluasi-tl">
      <Subtitle1 as="h3" id="evaluasi-tl">{t("evaluasi.tl.tahun", { tahun: props.periode.tahun })}</Subtitle1>
      {pesan && pesan.teks.length > 0 && (
        <MessageBar intent={pesan.intent} role="status"><MessageBarBody>{pesan.teks.join(" ")}</MessageBarBody></MessageBar>
      )}
      <IsiDaftar daftar={state.daftar} saringan={state.saringan} sibuk={state.sibuk}
        saring={(saringan) => dispatch({ kind: "saring", saringan })} lanjutkan={(b) => void lanjutkan(b)} />
      {props.ambil && (
        <PilihRekomendasi host={props.host} ambil={props.ambil} periode={props.periode} hariIni={hariIni} sibuk={state.sibuk} kunciAda={kunciAda} tambah={(baru) => tambah(baru)} />
      )}
      <FormTindakLanjut form={state.form} masalah={state.masalahForm} sibuk={state.sibuk}
        ubah={(field, nilai) => dispatch({ kind: "ubah-form", field, nilai })} tambah={tambahDariForm} />
    </section>
  );
}

function IsiDaftar(props: { daftar: Daftar } & Omit<Parameters<typeof DaftarTindakLanjut>[0], "daftar">) {
  const t = useT();
  const d = props.daftar;
  switch (d.kind) {
    case "memuat": return <Spinner size="tiny" label={t("evaluasi.tl.memuat")} />;
    case "gagal": return <MessageBar intent="error"><MessageBarBody>{t("evaluasi.tl.gagal")}</MessageBarBody></MessageBar>;
    case "lembar-tidak-ada": return <MessageBar intent="info"><MessageBarBody>{t("evaluasi.tl.belum-ada", { nama: d.namaLembar })}</MessageBarBody></MessageBar>;
    case "bukan-lembar-tindak-lanjut": return <MessageBar intent="warning"><MessageBarBody>{t("evaluasi.tl.bukan-lembar")}</MessageBarBody></MessageBar>;
    case "ok": return (
      <>
        {d.masalah.length > 0 && (
          <MessageBar intent="warning"><MessageBarBody>{d.masalah.map((m) => <div key={m.alamat}>{teksMasalahBaris(t, m)}</div>)}</MessageBarBody></MessageBar>
        )}
        <DaftarTindakLanjut daftar={d.daftar} saringan={props.saringan} sibuk={props.sibuk} saring={props.saring} lanjutkan={props.lanjutkan} />
      </>
    );
    default: return d satisfies never;
  }
}
