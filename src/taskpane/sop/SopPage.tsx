import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelHost } from "../../excel/host";
import { useT } from "../i18n";
import { EditorSop } from "./EditorSop";
import { PilihSop } from "./PilihSop";
import type { Pesan } from "./state";
import { useSop } from "./use-sop";

const useStyles = makeStyles({ page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 } });

/** The SOP page: choose an SOP (library, blank, pasted text, a sheet), edit it, insert it as a sheet. */
export function SopPage(props: { host: ExcelHost; today: Date; aktif?: boolean }) {
  const styles = useStyles();
  const { state, dispatch, sisipkan, baca } = useSop(props.host, props.today.getFullYear(), props.aktif ?? true);
  return (
    <div className={styles.page}>
      {/* Above the editor, which is long: the outcome of an action stays in view. */}
      <div role="status" aria-live="polite">{state.pesan && <PesanBar pesan={state.pesan} />}</div>
      {state.kind === "pilih"
        ? <PilihSop state={state} dispatch={dispatch} onBaca={() => void baca()} />
        : <EditorSop state={state} dispatch={dispatch} onSisipkan={(ganti) => void sisipkan(ganti)} onBaca={() => void baca()} />}
    </div>
  );
}

function PesanBar(props: { pesan: Pesan }) {
  const t = useT();
  const p = props.pesan;
  const bar = (intent: "success" | "warning", teks: string) => <MessageBar intent={intent}><MessageBarBody>{teks}</MessageBarBody></MessageBar>;
  switch (p.kind) {
    case "tersisip": return bar("success", t("sop.tersisip", { nama: p.namaLembar }));
    case "dibaca": return bar("success", t("sop.dibaca", { nama: p.namaLembar }));
    case "nama-tidak-sah": return bar("warning", t("sop.nama-tidak-sah", { nama: p.namaLembar }));
    case "bukan-lembar-sop": return bar("warning", t("sop.bukan-lembar-sop", { nama: p.namaLembar }));
    default: return p satisfies never;
  }
}
