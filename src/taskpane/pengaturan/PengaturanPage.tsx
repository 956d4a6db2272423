import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import type { ExcelHost } from "../../excel/host";
import { useT } from "../i18n";
import { LABEL_BIDANG } from "./fields";
import { PengaturanForm } from "./PengaturanForm";
import type { Pemberitahuan, PengaturanState } from "./state";
import { usePengaturan } from "./use-pengaturan";

/** Workbook settings: read when the page opens, saved into the workbook's custom XML part. */
export function PengaturanPage(props: { host: ExcelHost; tahunBawaan: number }) {
  const t = useT();
  const { state, dispatch, simpan, muatUlang } = usePengaturan(props.host, props.tahunBawaan);
  switch (state.kind) {
    case "memuat":
      return <Spinner label={t("pengaturan.memuat")} />;
    case "gagal-muat":
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{t("pengaturan.gagal-muat")}</MessageBarBody>
          <MessageBarActions><Button onClick={muatUlang}>{t("pengaturan.coba-lagi")}</Button></MessageBarActions>
        </MessageBar>
      );
    case "ganda":
      return <Bar intent="warning" text={t("pengaturan.ganda", { jumlah: state.jumlah })} />;
    case "siap":
    case "periksa":
    case "menyimpan":
    case "tersimpan":
    case "gagal-simpan":
      return (
        <>
          <Text>{t("pengaturan.intro")}</Text>
          {state.form.pemberitahuan && <PemberitahuanBar p={state.form.pemberitahuan} />}
          <PengaturanForm form={state.form} menyimpan={state.kind === "menyimpan"} onEdit={(edit) => dispatch({ kind: "ubah", edit })} onSimpan={() => void simpan()} />
          <Status state={state} />
        </>
      );
    default:
      return state satisfies never;
  }
}

function Bar(props: { intent: "warning" | "success"; text: string }) {
  return (
    <MessageBar intent={props.intent}>
      <MessageBarBody>{props.text}</MessageBarBody>
    </MessageBar>
  );
}

function PemberitahuanBar(props: { p: Pemberitahuan }) {
  const t = useT();
  switch (props.p.kind) {
    case "rusak": return <Bar intent="warning" text={t("pengaturan.rusak")} />;
    case "peringatan": return <Bar intent="warning" text={t("pengaturan.peringatan", { daftar: props.p.bidang.map((b) => t(LABEL_BIDANG[b])).join(", ") })} />;
    default: return props.p satisfies never;
  }
}

/** The outcome of the last save, announced politely to screen readers. */
function Status(props: { state: PengaturanState }) {
  const t = useT();
  const text = props.state.kind === "periksa" ? t("pengaturan.periksa") : props.state.kind === "tersimpan" ? t("pengaturan.tersimpan") : "";
  return (
    <div role="status" aria-live="polite">
      {text && <Bar intent={props.state.kind === "tersimpan" ? "success" : "warning"} text={text} />}
    </div>
  );
}
