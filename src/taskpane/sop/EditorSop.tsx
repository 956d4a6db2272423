import { useMemo, type Dispatch } from "react";
import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, ArrowLeftRegular } from "@fluentui/react-icons";
import { validateSop, type SopMasalah } from "../../domain/sop";
import type { EditSop } from "../../domain/sop/edit";
import { useT, type Translate } from "../i18n";
import { AksiSop } from "./AksiSop";
import { IdentitasEditor } from "./IdentitasEditor";
import { LangkahKartu } from "./LangkahKartu";
import { diLangkah } from "./masalah";
import { PelaksanaEditor } from "./PelaksanaEditor";
import { Ringkasan } from "./Ringkasan";
import type { AsalSop, SopAction, SopState } from "./state";
import { pesanImpor } from "./TempelTeks";

type Sunting = Extract<SopState, { kind: "sunting" }>;

const useStyles = makeStyles({
  bagian: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  daftar: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  catatan: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  kembali: { alignSelf: "flex-start" },
});

function teksAsal(asal: AsalSop, t: Translate): string {
  switch (asal.kind) {
    case "pustaka": return t("sop.asal.pustaka", { judul: asal.judul });
    case "kosong": return t("sop.asal.kosong");
    case "teks": return t("sop.asal.teks");
    case "lembar": return t("sop.asal.lembar", { nama: asal.namaLembar });
    default: return asal satisfies never;
  }
}

/** The SOP editor: summary and actions, identity, pelaksana columns, steps; problems shown where they are. */
export function EditorSop(props: { state: Sunting; dispatch: Dispatch<SopAction>; onSisipkan: (ganti: boolean) => void; onBaca: () => void }) {
  const t = useT();
  const styles = useStyles();
  const { sop, kertas, asal } = props.state;
  const masalah: SopMasalah[] = useMemo(() => validateSop(sop, { kertas }), [sop, kertas]);
  const onEdit = (edit: EditSop) => props.dispatch({ kind: "edit", edit });
  return (
    <>
      <Button className={styles.kembali} appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => props.dispatch({ kind: "kembali" })}>{t("sop.kembali")}</Button>
      <Caption1>{teksAsal(asal, t)}</Caption1>
      {asal.kind === "teks" && asal.peringatan.length > 0 && (
        <ul className={styles.catatan} aria-label={t("sop.tempel.peringatan-umum")}>
          {asal.peringatan.map((p, i) => <li key={i}><Caption1>{pesanImpor(p, t)}</Caption1></li>)}
        </ul>
      )}
      <Ringkasan sop={sop} masalah={masalah} />
      <AksiSop state={props.state} masalah={masalah} onSisipkan={props.onSisipkan} onBaca={props.onBaca} onBatalGanti={() => props.dispatch({ kind: "batal-ganti" })} />
      <IdentitasEditor sop={sop} masalah={masalah} onEdit={onEdit} />
      <PelaksanaEditor sop={sop} masalah={masalah} onEdit={onEdit} />
      <section className={styles.bagian} aria-labelledby="sop-langkah">
        <Subtitle2 as="h3" id="sop-langkah">{t("sop.langkah")}</Subtitle2>
        <Button appearance="subtle" icon={<AddRegular />} onClick={() => onEdit({ kind: "langkah-tambah", setelah: null })}>{t("sop.langkah.tambah-awal")}</Button>
        <ol className={styles.daftar}>
          {sop.langkah.map((l, i) => (
            <li key={l.id}>
              <LangkahKartu sop={sop} langkah={l} nomor={i + 1} masalah={diLangkah(masalah, l.id)} onEdit={onEdit} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
