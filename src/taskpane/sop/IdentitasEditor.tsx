import { useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, Input, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Sop, SopMasalah } from "../../domain/sop";
import type { BidangIdentitasDaftar, BidangIdentitasTeks, EditSop } from "../../domain/sop/edit";
import { useT } from "../i18n";
import { diIdentitas, tanda } from "./masalah";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  pengesahan: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0, minWidth: 0 },
});

const TANGGAL = ["tanggalPembuatan", "tanggalRevisi", "tanggalEfektif"] as const;
const DAFTAR: readonly BidangIdentitasDaftar[] = ["instansi", "dasarHukum", "kualifikasiPelaksana", "keterkaitan", "peralatanPerlengkapan", "peringatan", "pencatatanPendataan"];
const PENGESAHAN = { jabatan: "sop.id.jabatan", nama: "sop.id.nama-pejabat", pangkat: "sop.id.pangkat", nip: "sop.id.nip" } as const;

type OnEdit = (e: EditSop) => void;

/** The identity block (Permenpan RB 35/2012): Nama SOP always in view, the rest in a collapsible section. */
export function IdentitasEditor(props: { sop: Sop; masalah: readonly SopMasalah[]; onEdit: OnEdit }) {
  const t = useT();
  const styles = useStyles();
  const id = props.sop.identitas;
  const teks = (field: BidangIdentitasTeks, masalah: readonly SopMasalah[] = []) => (
    <Field label={t(`sop.id.${field}`)} {...tanda(masalah, props.sop, t)}>
      <Input value={id[field]} onChange={(_, d) => props.onEdit({ kind: "identitas-teks", field, value: d.value })} />
    </Field>
  );
  return (
    <>
      {teks("nama", diIdentitas(props.masalah, "nama"))}
      <Accordion collapsible>
        <AccordionItem value="identitas">
          <AccordionHeader as="h3">{t("sop.identitas")}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {teks("nomor", diIdentitas(props.masalah, "nomor"))}
            {TANGGAL.map((f) => <div key={f}>{teks(f)}</div>)}
            <fieldset className={styles.pengesahan}>
              <legend><Subtitle2>{t("sop.id.disahkan")}</Subtitle2></legend>
              {(Object.keys(PENGESAHAN) as (keyof typeof PENGESAHAN)[]).map((f) => (
                <Field key={f} label={t(PENGESAHAN[f])}>
                  <Input value={id.disahkanOleh[f]} onChange={(_, d) => props.onEdit({ kind: "pengesahan", field: f, value: d.value })} />
                </Field>
              ))}
            </fieldset>
            {DAFTAR.map((f) => <DaftarField key={f} label={t(`sop.id.${f}`)} value={id[f]} onChange={(value) => props.onEdit({ kind: "identitas-daftar", field: f, value })} />)}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}

const baris = (teks: string) => teks.split("\n").map((s) => s.trim()).filter((s) => s !== "");
const sama = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A list typed one item per line. The text being typed is kept here (blank lines included, so
 * Enter starts a new item) while the SOP holds the items; another SOP's list replaces it.
 */
function DaftarField(props: { label: string; value: readonly string[]; onChange: (value: string[]) => void }) {
  const [teks, setTeks] = useState(props.value.join("\n"));
  const tampil = sama(baris(teks), props.value) ? teks : props.value.join("\n");
  return (
    <Field label={props.label}>
      <Textarea resize="vertical" value={tampil} onChange={(_, d) => { setTeks(d.value); props.onChange(d.value.split("\n")); }} />
    </Field>
  );
}
