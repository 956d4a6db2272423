import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { SkalaPredikat } from "../../domain/kinerja/predikat";
import { useT } from "../i18n";
import type { Edit } from "./state";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "1fr 72px 48px 32px", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Edits the predikat bands: name, lower bound (the last band takes the rest), colour. */
export function SkalaEditor(props: { skala: SkalaPredikat; pesan?: string; onEdit: (e: Edit) => void }) {
  const t = useT();
  const styles = useStyles();
  const last = props.skala.pita.length - 1;
  return (
    <Field label={t("pengaturan.skala")} validationMessage={props.pesan} validationState={props.pesan ? "error" : "none"}>
      <div className={styles.list}>
        {props.skala.pita.map((pita, i) => (
          <div className={styles.row} key={i}>
            <Input aria-label={t("pengaturan.skala.nama", { n: i + 1 })} value={pita.nama} onChange={(_, d) => props.onEdit({ kind: "pita", index: i, field: "nama", value: d.value })} />
            {i === last ? (
              <Input aria-label={t("pengaturan.skala.batas", { n: i + 1 })} value={t("pengaturan.skala.terbawah")} readOnly />
            ) : (
              <Input
                aria-label={t("pengaturan.skala.batas", { n: i + 1 })}
                type="number"
                value={String(pita.batasBawah ?? "")}
                onChange={(_, d) => props.onEdit({ kind: "pita-batas", index: i, value: Number(d.value) })}
              />
            )}
            <input aria-label={t("pengaturan.skala.warna", { n: i + 1 })} type="color" value={pita.warna} onChange={(e) => props.onEdit({ kind: "pita", index: i, field: "warna", value: e.target.value.toUpperCase() })} />
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={t("pengaturan.skala.hapus", { n: i + 1 })}
              disabled={i === last || props.skala.pita.length <= 2}
              onClick={() => props.onEdit({ kind: "pita-hapus", index: i })}
            />
          </div>
        ))}
        <div>
          <Button icon={<AddRegular />} onClick={() => props.onEdit({ kind: "pita-tambah" })}>{t("pengaturan.skala.tambah")}</Button>{" "}
          <Button appearance="subtle" onClick={() => props.onEdit({ kind: "skala-reset" })}>{t("pengaturan.skala.reset")}</Button>
        </div>
      </div>
    </Field>
  );
}
