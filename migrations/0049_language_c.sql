-- C (C17, gcc), the tenth language (issue 18): every column that names a language accepts 'c'.
-- The checks were declared inline (0004, 0005, 0031), so they carry Postgres's default names.

alter table submissions drop constraint submissions_language_check,
    add constraint submissions_language_check check (language in (
        'python3', 'java', 'cpp17', 'javascript', 'typescript',
        'go', 'rust', 'kotlin', 'csharp', 'c'));

alter table solutions drop constraint solutions_language_check,
    add constraint solutions_language_check check (language in (
        'python3', 'java', 'cpp17', 'javascript', 'typescript',
        'go', 'rust', 'kotlin', 'csharp', 'c'));

alter table code_drafts drop constraint code_drafts_language_check,
    add constraint code_drafts_language_check check (language in (
        'python3', 'java', 'cpp17', 'javascript', 'typescript',
        'go', 'rust', 'kotlin', 'csharp', 'c'));
