"""Word (python-docx) and CSV exports: data from a process in, files out. No widgets here.

    job          ExportJob, Kind, run_job, describe_error: what the window and the CLI call
    report_data  a store (``storage.process_store.open_read_only``) -> plain dataclasses per document
    minutes      write_minutes        Minnesanteckningar for one meeting
    catalogue    write_catalogue      Åtgärdskatalog – utkast till handlingsplan
    printables   write_printables     table signs with QR codes, participant cards, crib sheets
    remiss_summary  write_remiss_summary  Remissammanställning: who was asked, who answered, each remark
    csv_export   write_measures_csv, write_contributions_csv   for Swedish Excel
    docx_base    DocxWriter: template, A4, styles, language, page numbers, atomic save
    wordml       paragraphs and tables as WordprocessingML text (fast, safe for any text)
    labels, sections   the shared words and document pieces

Documents are in the language of the installed Qt catalogue: Swedish by default.
"""

from .job import ExportError, ExportJob, Kind, describe_error, run_job

__all__ = ["ExportError", "ExportJob", "Kind", "describe_error", "run_job"]
