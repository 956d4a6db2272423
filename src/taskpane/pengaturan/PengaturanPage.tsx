import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelHost } from "../../excel/host";
import type { BidangPengaturan } from "../../domain/pengaturan";
import { useT, type MessageKey } from "../i18n";
import { pesanBidang } from "./fields";
import { SkalaEditor } from "./SkalaEditor";
import { usePengaturan } from "./use-pengaturan";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function PengaturanPage(props: { host: ExcelHost; tahunBawaan: number }) {
  const t = useT();
  const styles = useStyles();
  const { state, dispatch, simpan } = usePengaturan(props.host, props.tahunBawaan);
  if (state.kind === "memuat") return <Spinner label={t("pengaturan.memuat")} />;
  const { draf, masalah, status } = state;
  const tampilkan = status === "periksa" || status === "diubah";
  const pesan = (f: BidangPengaturan) => (tampilkan ? pesanBidang(masalah, f, t) : undefined);
  const teks = (label: MessageKey, field: BidangPengaturan, value: string, onChange: (v: string) => void) => (
    <Field label={t(label)} validationMessage={pesan(field)} validationState={pesan(field) ? "error" : "none"}>
      <Input value={value} onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
  return (
    <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void simpan(); }}>
      <Text>{t("pengaturan.intro")}</Text>
      {state.rusak && <MessageBar intent="warning"><MessageBarBody>{t("pengaturan.rusak")}</MessageBarBody></MessageBar>}
      <Subtitle2>{t("pengaturan.instansi")}</Subtitle2>
      {teks("pengaturan.kabupaten", "instansi.kabupaten", draf.instansi.kabupaten, (value) => dispatch({ kind: "ubah", edit: { kind: "instansi", field: "kabupaten", value } }))}
      {teks("pengaturan.kecamatan", "instansi.kecamatan", draf.instansi.kecamatan, (value) => dispatch({ kind: "ubah", edit: { kind: "instansi", field: "kecamatan", value } }))}
      {teks("pengaturan.alamat", "instansi.alamat", draf.instansi.alamat, (value) => dispatch({ kind: "ubah", edit: { kind: "instansi", field: "alamat", value } }))}
      <Subtitle2>{t("pengaturan.pejabat")}</Subtitle2>
      {(["camat", "sekcam"] as const).flatMap((who) => [
        <div key={`${who}-nama`}>{teks(`pengaturan.${who}.nama`, `${who}.nama`, draf[who].nama, (value) => dispatch({ kind: "ubah", edit: { kind: "pejabat", who, field: "nama", value } }))}</div>,
        <div key={`${who}-nip`}>{teks(`pengaturan.${who}.nip`, `${who}.nip`, draf[who].nip, (value) => dispatch({ kind: "ubah", edit: { kind: "pejabat", who, field: "nip", value } }))}</div>,
      ])}
      <Field label={t("pengaturan.tahun")} validationMessage={pesan("tahun")} validationState={pesan("tahun") ? "error" : "none"}>
        <Input type="number" value={String(draf.tahun)} onChange={(_, d) => dispatch({ kind: "ubah", edit: { kind: "tahun", value: Number(d.value) } })} />
      </Field>
      <Field label={t("pengaturan.kertas")}>
        <Select value={draf.kertas} onChange={(_, d) => dispatch({ kind: "ubah", edit: { kind: "kertas", value: d.value === "F4" ? "F4" : "A4" } })}>
          <option value="A4">{t("pengaturan.kertas.A4")}</option>
          <option value="F4">{t("pengaturan.kertas.F4")}</option>
        </Select>
      </Field>
      <SkalaEditor skala={draf.skala} pesan={pesan("skala")} onEdit={(edit) => dispatch({ kind: "ubah", edit })} />
      {status === "periksa" && <MessageBar intent="warning"><MessageBarBody>{t("pengaturan.periksa")}</MessageBarBody></MessageBar>}
      {status === "tersimpan" && <MessageBar intent="success"><MessageBarBody>{t("pengaturan.tersimpan")}</MessageBarBody></MessageBar>}
      <Button appearance="primary" type="submit" disabled={status === "menyimpan"}>
        {status === "menyimpan" ? t("pengaturan.menyimpan") : t("pengaturan.simpan")}
      </Button>
    </form>
  );
}
