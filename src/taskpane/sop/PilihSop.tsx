import type { Dispatch } from "react";
import { Button, CompoundButton, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentAddRegular, TableSearchRegular } from "@fluentui/react-icons";
import { PUSTAKA_SOP } from "../../domain/sop";
import { useT } from "../i18n";
import type { SopAction, SopState } from "./state";
import { TempelTeks } from "./TempelTeks";

const useStyles = makeStyles({
  bagian: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  daftar: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  entri: { width: "100%", maxWidth: "100%", justifyContent: "flex-start", textAlign: "start" },
  aksi: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Where the SOP to edit comes from: the library, a blank SOP, pasted text, or an SOP sheet. */
export function PilihSop(props: { state: SopState; dispatch: Dispatch<SopAction>; onBaca: () => void }) {
  const t = useT();
  const styles = useStyles();
  const membaca = props.state.sibuk === "membaca";
  return (
    <>
      <Text>{t("sop.intro")}</Text>
      <div className={styles.aksi}>
        <Button icon={<DocumentAddRegular />} onClick={() => props.dispatch({ kind: "mulai-kosong" })}>{t("sop.kosong")}</Button>
        <Button icon={<TableSearchRegular />} disabled={props.state.sibuk !== null} onClick={props.onBaca}>{t("sop.baca-lembar")}</Button>
      </div>
      {membaca && <Spinner size="small" label={t("sop.membaca")} />}
      <section className={styles.bagian} aria-labelledby="sop-pustaka">
        <Subtitle2 as="h3" id="sop-pustaka">{t("sop.pustaka")}</Subtitle2>
        <ul className={styles.daftar}>
          {PUSTAKA_SOP.map((e) => (
            <li key={e.id}>
              <CompoundButton className={styles.entri} appearance="subtle" secondaryContent={e.sop.identitas.instansi.join(" · ")} onClick={() => props.dispatch({ kind: "pakai-pustaka", id: e.id })}>
                {e.judul}
              </CompoundButton>
            </li>
          ))}
        </ul>
      </section>
      <TempelTeks tempel={props.state.tempel} dispatch={props.dispatch} />
    </>
  );
}
