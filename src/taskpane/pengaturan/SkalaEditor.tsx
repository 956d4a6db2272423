import { useId } from "react";
import { Button, Caption1, Input, SpinButton, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, ArrowResetRegular, DeleteRegular } from "@fluentui/react-icons";
import type { PitaPredikat, SkalaError, SkalaPredikat } from "../../domain/kinerja/predikat";
import { bisaHapusPita } from "../../domain/pengaturan";
import { useT } from "../i18n";
import type { Edit } from "./edit";
import { pesanSkala } from "./fields";
import { nilaiSpin } from "./spin";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  // minmax(0, …) and minWidth 0 let the inputs shrink to a narrow task pane instead of overflowing it.
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 76px 36px 32px", gap: tokens.spacingHorizontalS, alignItems: "center" },
  fill: { width: "100%", minWidth: 0 },
  masalah: { color: tokens.colorPaletteRedForeground1 },
  warna: { width: "36px", height: "28px", padding: 0, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium },
  aksi: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Edits the predikat bands: name, lower bound (the last band takes the rest), colour. */
export function SkalaEditor(props: { skala: SkalaPredikat; masalah: readonly SkalaError[]; onEdit: (e: Edit) => void }) {
  const t = useT();
  const styles = useStyles();
  const pesan = props.masalah.map((e) => pesanSkala(e, t)).join(" ");
  const petunjukId = useId();
  const masalahId = useId();
  return (
    <fieldset className={styles.group} aria-describedby={pesan ? `${petunjukId} ${masalahId}` : petunjukId}>
      <legend className={styles.legend}>
        <Subtitle2>{t("pengaturan.skala")}</Subtitle2>
      </legend>
      <Caption1 id={petunjukId}>{t("pengaturan.skala.petunjuk")}</Caption1>
      {props.skala.pita.map((pita, i) => (
        <PitaRow
          key={i}
          pita={pita}
          index={i}
          terakhir={i === props.skala.pita.length - 1}
          bisaHapus={bisaHapusPita(props.skala, i)}
          namaSalah={props.masalah.some((e) => (e.kind === "nama-kosong" && e.indeks === i) || (e.kind === "nama-ganda" && e.nama === pita.nama))}
          batasSalah={props.masalah.some((e) => e.kind === "tidak-menurun" && e.indeks === i)}
          onEdit={props.onEdit}
        />
      ))}
      <div aria-live="polite">
        {pesan && <Text id={masalahId} className={styles.masalah}>{pesan}</Text>}
      </div>
      <div className={styles.aksi}>
        <Button icon={<AddRegular />} onClick={() => props.onEdit({ kind: "pita-tambah" })}>{t("pengaturan.skala.tambah")}</Button>
        <Button appearance="subtle" icon={<ArrowResetRegular />} onClick={() => props.onEdit({ kind: "skala-reset" })}>{t("pengaturan.skala.reset")}</Button>
      </div>
    </fieldset>
  );
}

interface PitaRowProps {
  pita: PitaPredikat;
  index: number;
  terakhir: boolean;
  bisaHapus: boolean;
  namaSalah: boolean;
  batasSalah: boolean;
  onEdit: (e: Edit) => void;
}

function PitaRow(props: PitaRowProps) {
  const t = useT();
  const styles = useStyles();
  const { pita, index } = props;
  const n = index + 1;
  return (
    <div className={styles.row}>
      <Input className={styles.fill} aria-label={t("pengaturan.skala.nama", { n })} aria-invalid={props.namaSalah || undefined} value={pita.nama} onChange={(_, d) => props.onEdit({ kind: "pita", index, ubah: { field: "nama", value: d.value } })} />
      {props.terakhir ? (
        <Text>{t("pengaturan.skala.terbawah")}</Text>
      ) : (
        // An empty or unreadable bound is null, which the scale check reports (never a silent 0).
        <SpinButton
          className={styles.fill}
          aria-invalid={props.batasSalah || undefined}
          aria-label={t("pengaturan.skala.batas", { n })}
          value={pita.batasBawah}
          min={0}
          onChange={(_, d) => props.onEdit({ kind: "pita", index, ubah: { field: "batasBawah", value: nilaiSpin(d) } })}
        />
      )}
      <input
        className={styles.warna}
        aria-label={t("pengaturan.skala.warna", { n })}
        type="color"
        value={pita.warna}
        onChange={(e) => props.onEdit({ kind: "pita", index, ubah: { field: "warna", value: e.target.value.toUpperCase() } })}
      />
      <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t("pengaturan.skala.hapus", { n })} disabled={!props.bisaHapus} onClick={() => props.onEdit({ kind: "pita-hapus", index })} />
    </div>
  );
}
