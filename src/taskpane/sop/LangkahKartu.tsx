import { useId, type ReactElement } from "react";
import { Badge, Button, Field, Input, Text, Textarea, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { AddRegular, ArrowDownRegular, ArrowUpRegular, CheckmarkRegular, CopyRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Langkah, Sop, SopMasalah } from "../../domain/sop";
import type { BidangLangkahTeks, EditSop } from "../../domain/sop/edit";
import { useT } from "../i18n";
import { LangkahAlur } from "./LangkahAlur";
import { diBidang, tanda } from "./masalah";

const useStyles = makeStyles({
  kartu: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, minWidth: 0 },
  perlu: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}`, backgroundColor: tokens.colorPaletteYellowBackground1 },
  kepala: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  tombol: { display: "flex", flexWrap: "wrap" },
  dua: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))", gap: tokens.spacingHorizontalS },
});

const MUTU: readonly BidangLangkahTeks[] = ["kelengkapan", "waktu", "output", "keterangan"];

interface Props {
  sop: Sop;
  langkah: Langkah;
  nomor: number;
  masalah: readonly SopMasalah[];
  onEdit: (e: EditSop) => void;
}

/** One step as a compact card: its fields, its problems next to them, and buttons to move, copy, remove. */
export function LangkahKartu(props: Props) {
  const t = useT();
  const styles = useStyles();
  const judulId = useId();
  const { langkah: l, nomor: n, sop } = props;
  const id = l.id;
  const perlu = l.perluDiperiksa.length > 0;
  const teks = (field: BidangLangkahTeks) => (
    <Field label={t(`sop.f.${field}`)} {...tanda(diBidang(props.masalah, field), sop, t)}>
      {field === "kegiatan"
        ? <Textarea resize="vertical" rows={2} value={l[field]} onChange={(_, d) => props.onEdit({ kind: "langkah-teks", id, field, value: d.value })} />
        : <Input value={l[field]} onChange={(_, d) => props.onEdit({ kind: "langkah-teks", id, field, value: d.value })} />}
    </Field>
  );
  const tombol = (label: string, icon: ReactElement, edit: EditSop, disabled = false) => (
    <Button appearance="subtle" size="small" icon={icon} aria-label={label} title={label} disabled={disabled} onClick={() => props.onEdit(edit)} />
  );
  return (
    <div role="group" aria-labelledby={judulId} className={mergeClasses(styles.kartu, perlu && styles.perlu)}>
      <div className={styles.kepala}>
        <Text as="h4" weight="semibold" id={judulId}>{t("sop.langkah.judul", { n })}</Text>
        {perlu && <Badge appearance="tint" color="warning">{t("sop.langkah.perlu-periksa")}</Badge>}
        <div className={styles.tombol}>
          {tombol(t("sop.langkah.naik", { n }), <ArrowUpRegular />, { kind: "langkah-pindah", id, arah: "naik" }, n === 1)}
          {tombol(t("sop.langkah.turun", { n }), <ArrowDownRegular />, { kind: "langkah-pindah", id, arah: "turun" }, n === sop.langkah.length)}
          {tombol(t("sop.langkah.gandakan", { n }), <CopyRegular />, { kind: "langkah-duplikat", id })}
          {tombol(t("sop.langkah.tambah", { n }), <AddRegular />, { kind: "langkah-tambah", setelah: id })}
          {tombol(t("sop.langkah.hapus", { n }), <DeleteRegular />, { kind: "langkah-hapus", id })}
        </div>
      </div>
      {teks("kegiatan")}
      <LangkahAlur sop={sop} langkah={l} nomor={n} masalah={props.masalah} onEdit={props.onEdit} />
      <div className={styles.dua}>{MUTU.map((f) => <div key={f}>{teks(f)}</div>)}</div>
      {perlu && (
        <Button size="small" icon={<CheckmarkRegular />} onClick={() => l.perluDiperiksa.forEach((field) => props.onEdit({ kind: "langkah-diperiksa", id, field }))}>
          {t("sop.langkah.diperiksa", { n })}
        </Button>
      )}
    </div>
  );
}
