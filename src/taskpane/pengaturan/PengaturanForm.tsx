import { Button, Field, Input, Select, SpinButton, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { TAHUN_MAX, TAHUN_MIN, UKURAN_KERTAS, type BidangPengaturan } from "../../domain/pengaturan";
import { useT, type PlainKey } from "../i18n";
import type { Edit } from "./edit";
import { LABEL_BIDANG, pesanMasalah, validasi } from "./fields";
import { SkalaEditor } from "./SkalaEditor";
import { nilaiSpin } from "./spin";
import { masalahTampil, type Formulir } from "./state";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0 },
});

const WAJIB: ReadonlySet<BidangPengaturan> = new Set(["instansi.kabupaten", "instansi.kecamatan", "camat.nama", "sekcam.nama"]);
const KERTAS: Record<(typeof UKURAN_KERTAS)[number], PlainKey> = { A4: "pengaturan.kertas.A4", F4: "pengaturan.kertas.F4" };

/** The settings form; every value and problem comes from the reducer's state. */
export function PengaturanForm(props: { form: Formulir; menyimpan: boolean; onEdit: (e: Edit) => void; onSimpan: () => void }) {
  const t = useT();
  const styles = useStyles();
  const { draf } = props.form;
  const pesan = (f: BidangPengaturan) => {
    const m = masalahTampil(props.form, f);
    return m ? pesanMasalah(m, t) : undefined;
  };
  const teks = (field: BidangPengaturan, value: string, edit: (value: string) => Edit, hint?: string) => (
    <Field label={t(LABEL_BIDANG[field])} required={WAJIB.has(field)} hint={hint} {...validasi(pesan(field))}>
      <Input value={value} onChange={(_, d) => props.onEdit(edit(d.value))} />
    </Field>
  );
  const nipHint = t("pengaturan.nip.petunjuk");
  const skala = masalahTampil(props.form, "skala");
  const masalahSkala = skala?.kind === "skala-tidak-valid" ? skala.masalah : [];
  return (
    <form className={styles.form} noValidate onSubmit={(e) => { e.preventDefault(); props.onSimpan(); }}>
      <fieldset className={styles.section}>
        <Subtitle2 as="h3">{t("pengaturan.instansi")}</Subtitle2>
        {teks("instansi.kabupaten", draf.instansi.kabupaten, (value) => ({ kind: "instansi", field: "kabupaten", value }))}
        {teks("instansi.kecamatan", draf.instansi.kecamatan, (value) => ({ kind: "instansi", field: "kecamatan", value }))}
        {teks("instansi.alamat", draf.instansi.alamat, (value) => ({ kind: "instansi", field: "alamat", value }))}
      </fieldset>
      <fieldset className={styles.section}>
        <Subtitle2 as="h3">{t("pengaturan.pejabat")}</Subtitle2>
        {teks("camat.nama", draf.camat.nama, (value) => ({ kind: "pejabat", who: "camat", field: "nama", value }))}
        {teks("camat.nip", draf.camat.nip, (value) => ({ kind: "pejabat", who: "camat", field: "nip", value }), nipHint)}
        {teks("sekcam.nama", draf.sekcam.nama, (value) => ({ kind: "pejabat", who: "sekcam", field: "nama", value }))}
        {teks("sekcam.nip", draf.sekcam.nip, (value) => ({ kind: "pejabat", who: "sekcam", field: "nip", value }), nipHint)}
      </fieldset>
      <Field label={t("pengaturan.tahun")} required {...validasi(pesan("tahun"))}>
        <SpinButton
          value={Number.isFinite(draf.tahun) ? draf.tahun : null}
          min={TAHUN_MIN}
          max={TAHUN_MAX}
          onChange={(_, d) => props.onEdit({ kind: "tahun", value: nilaiSpin(d) ?? Number.NaN })}
        />
      </Field>
      <Field label={t("pengaturan.kertas")}>
        <Select value={draf.kertas} onChange={(_, d) => props.onEdit({ kind: "kertas", value: UKURAN_KERTAS.find((k) => k === d.value) ?? "A4" })}>
          {UKURAN_KERTAS.map((k) => <option key={k} value={k}>{t(KERTAS[k])}</option>)}
        </Select>
      </Field>
      <SkalaEditor skala={draf.skala} masalah={masalahSkala} onEdit={props.onEdit} />
      <Button appearance="primary" type="submit" disabled={props.menyimpan}>
        {props.menyimpan ? t("pengaturan.menyimpan") : t("pengaturan.simpan")}
      </Button>
    </form>
  );
}
