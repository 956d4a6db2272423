import { Body1 } from "@fluentui/react-components";
import type { ExcelHost } from "../../excel/host";
import { useT } from "../i18n";
import type { AksiEvaluasi, AmbilRekomendasi } from "./aksi-tipe";
import { AKSI_EVALUASI, AMBIL_REKOMENDASI } from "./aksi";
import { BagianEvaluasiTw } from "./BagianEvaluasiTw";
import { BagianTindakLanjut } from "./BagianTindakLanjut";
import { useEvaluasiTw } from "./use-evaluasi-tw";
import { useBukuKerja } from "../use-buku-kerja";

/** The Evaluasi page: quarterly evaluation sheets, Berita Acara, tindak lanjut (issue 5). */
export function EvaluasiPage(props: { host: ExcelHost; today: Date; aktif?: boolean; aksi?: AksiEvaluasi; ambil?: AmbilRekomendasi }) {
  const t = useT();
  const aksi = props.aksi ?? AKSI_EVALUASI;
  const { buku, tandaiLembar } = useBukuKerja(props.host, props.today.getFullYear(), props.aktif ?? true);
  const ev = useEvaluasiTw(props.host, aksi, props.today, buku, tandaiLembar);
  // The paper of a tindak-lanjut sheet created here: the settings' once read (A4 until then, or without settings).
  const p = buku?.pengaturan;
  const kertas = p && (p.kind === "ok" || p.kind === "belum-ada") ? p.pengaturan.kertas : "A4";
  return (
    <>
      <Body1>{t("evaluasi.pengantar")}</Body1>
      {aksi && <BagianEvaluasiTw {...ev} today={props.today} />}
      <BagianTindakLanjut host={props.host} periode={ev.state.periode} today={props.today} kertas={kertas} ambil={props.ambil ?? AMBIL_REKOMENDASI} />
    </>
  );
}
