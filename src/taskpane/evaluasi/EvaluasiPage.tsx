import { Body1 } from "@fluentui/react-components";
import type { ExcelHost } from "../../excel/host";
import { useT } from "../i18n";
import type { AksiEvaluasi, AmbilRekomendasi } from "./aksi-tipe";
import { AKSI_EVALUASI, AMBIL_REKOMENDASI } from "./aksi";
import { BagianEvaluasiTw } from "./BagianEvaluasiTw";
import { BagianTindakLanjut } from "./BagianTindakLanjut";
import { useEvaluasiTw } from "./use-evaluasi-tw";

/** The Evaluasi page: quarterly evaluation sheets, Berita Acara, tindak lanjut (issue 5). */
export function EvaluasiPage(props: { host: ExcelHost; today: Date; aksi?: AksiEvaluasi; ambil?: AmbilRekomendasi }) {
  const t = useT();
  const aksi = props.aksi ?? AKSI_EVALUASI;
  const ev = useEvaluasiTw(props.host, aksi, props.today);
  return (
    <>
      <Body1>{t("evaluasi.pengantar")}</Body1>
      {aksi && <BagianEvaluasiTw {...ev} today={props.today} />}
      <BagianTindakLanjut host={props.host} periode={ev.state.periode} today={props.today} ambil={props.ambil ?? AMBIL_REKOMENDASI} />
    </>
  );
}
