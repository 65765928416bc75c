<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>ActionRepository</name>
    <message>
        <source>Cannot open the action on the domain %1.</source>
        <translation>Não foi possível abrir a ação no domínio %1.</translation>
    </message>
    <message>
        <source>Cannot open the action: there is no domain with the id %1.</source>
        <translation>Não foi possível abrir a ação: não existe nenhum domínio com o ID %1.</translation>
    </message>
    <message>
        <source>Cannot save the action on the domain %1.</source>
        <translation>Não foi possível guardar a ação do domínio %1.</translation>
    </message>
    <message>
        <source>Cannot save the action: there is no action with the id %1.</source>
        <translation>Não foi possível guardar a ação: não existe nenhuma ação com o ID %1.</translation>
    </message>
</context>
<context>
    <name>AutoRenewChange</name>
    <message>
        <source>Turn auto-renew on for %1?

The registry will renew it automatically when it expires on %2, and charge the renewal.</source>
        <translation>Ativar a renovação automática de %1?

O registo renova-o automaticamente quando expirar, a %2, e cobra a renovação.</translation>
    </message>
    <message>
        <source>Turn auto-renew off for %1?

The registry will then DELETE %1 on %2, 30 days before it expires on %3, unless it is renewed before that date.</source>
        <translation>Desativar a renovação automática de %1?

O registo fará então a ELIMINAÇÃO de %1 a %2, 30 dias antes de expirar a %3, a menos que seja renovado antes dessa data.</translation>
    </message>
    <message>
        <source>Turn auto-renew on</source>
        <translation>Ativar a renovação automática</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Desativar a renovação automática</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Guardar como rascunho</translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>Domain deadlines</source>
        <translation>Prazos dos domínios</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1
Level: %2</source>
        <extracomment>%1 the deadline explained in a sentence, %2 its alert level</extracomment>
        <translation>%1
Nível: %2</translation>
    </message>
</context>
<context>
    <name>ChangeSender</name>
    <message>
        <source>There is no draft %1.</source>
        <translation>Não existe o rascunho %1.</translation>
    </message>
    <message>
        <source>Draft %1 is %2 already: %3</source>
        <translation>O rascunho %1 já está %2: %3</translation>
    </message>
    <message>
        <source>The domain of draft %1 is gone.</source>
        <translation>O domínio do rascunho %1 já não existe.</translation>
    </message>
    <message>
        <source>The registry shows the change applied (%1).</source>
        <translation>A entidade gestora mostra a alteração aplicada (%1).</translation>
    </message>
    <message>
        <source>Draft %1 confirmed by the registry: it was applied.</source>
        <translation>Rascunho %1 confirmado pela entidade gestora: foi aplicado.</translation>
    </message>
    <message>
        <source>Draft %1 sent (%2); the answer was lost.</source>
        <translation>Rascunho %1 enviado (%2); a resposta perdeu-se.</translation>
    </message>
    <message>
        <source>The answer to %1 was lost, and the registry does not show the change yet; check again before sending it anew.</source>
        <translation>A resposta a %1 perdeu-se e a entidade gestora ainda não mostra a alteração; verifique de novo antes de a voltar a enviar.</translation>
    </message>
    <message>
        <source>Draft %1 refused by the registry (%2, %3): %4</source>
        <translation>Rascunho %1 recusado pela entidade gestora (%2, %3): %4</translation>
    </message>
    <message>
        <source>Draft %1 sent (%2, %3): %4</source>
        <translation>Rascunho %1 enviado (%2, %3): %4</translation>
    </message>
    <message>
        <source>The registry does not have this domain: there is nothing to delete.</source>
        <translation>A entidade gestora não tem este domínio: não há nada a eliminar.</translation>
    </message>
    <message>
        <source>The registry shows this already: nothing would be sent.</source>
        <translation>A entidade gestora já mostra isto: nada seria enviado.</translation>
    </message>
    <message>
        <source>name servers: %1 → %2</source>
        <translation>servidores de nomes: %1 → %2</translation>
    </message>
    <message>
        <source>auto-renew: %1 → %2</source>
        <translation>renovação automática: %1 → %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>Without auto-renew the registry deletes the domain on %1, 30 days before it expires, unless it is renewed.</source>
        <translation>Sem renovação automática, a entidade gestora elimina o domínio em %1, 30 dias antes de expirar, salvo se for renovado.</translation>
    </message>
    <message>
        <source>expiry: %1 → %2</source>
        <translation>expiração: %1 → %2</translation>
    </message>
    <message>
        <source>holder: %1 → %2</source>
        <translation>titular: %1 → %2</translation>
    </message>
    <message>
        <source>Both holders then have 8 days each to approve at the registry; the new holder may be asked to prove its data within 2 days.</source>
        <translation>Depois, cada titular tem 8 dias para aprovar na entidade gestora; pode ser pedido ao novo titular que comprove os seus dados no prazo de 2 dias.</translation>
    </message>
    <message>
        <source>tech contacts: %1 → %2</source>
        <translation>contactos técnicos: %1 → %2</translation>
    </message>
    <message>
        <source>DS records: %1 → %2</source>
        <translation>registos DS: %1 → %2</translation>
    </message>
    <message>
        <source>sponsor: %1 → %2</source>
        <translation>registrador: %1 → %2</translation>
    </message>
    <message>
        <source>another registrar</source>
        <translation>outro registrador</translation>
    </message>
    <message>
        <source>The domain %1 is deleted at the registry, with its name servers and DS records; this cannot be undone.</source>
        <translation>O domínio %1 é eliminado na entidade gestora, com os seus servidores de nomes e registos DS; não é possível anular.</translation>
    </message>
    <message>
        <source>A transfer in needs the domain&apos;s auth code.</source>
        <translation>Uma transferência para cá precisa do código de autorização do domínio.</translation>
    </message>
    <message>
        <source>Draft %1 not sent: the registry does not have the domain.</source>
        <translation>Rascunho %1 não enviado: a entidade gestora não tem o domínio.</translation>
    </message>
    <message>
        <source>Nothing sent: the registry shows this already.</source>
        <translation>Nada enviado: a entidade gestora já mostra isto.</translation>
    </message>
    <message>
        <source>Draft %1 not sent: the registry shows it already.</source>
        <translation>Rascunho %1 não enviado: a entidade gestora já o mostra.</translation>
    </message>
    <message>
        <source>deleted at our request</source>
        <translation>eliminado a nosso pedido</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>telemóvel</translation>
    </message>
    <message>
        <source>%1 of %2: %3 → %4</source>
        <translation>%1 de %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>CitizenCardValidator</name>
    <message>
        <source>Enter a citizen card document number.</source>
        <translation>Introduza o número de documento do Cartão de Cidadão.</translation>
    </message>
    <message>
        <source>The document number contains “%1” at position %2; only digits and the letters A–Z are allowed.</source>
        <translation>O número de documento contém “%1” na posição %2; só são permitidos algarismos e as letras A–Z.</translation>
    </message>
    <message>
        <source>A citizen card document number has 12 characters, as in 00000000 0 ZZ4, but “%1” has %2.</source>
        <translation>O número de documento do Cartão de Cidadão tem 12 caracteres, como em 00000000 0 ZZ4, mas “%1” tem %2.</translation>
    </message>
    <message>
        <source>Character %1 of the document number is “%2”, but it must be a digit; only the 10th and 11th characters may be letters.</source>
        <translation>O carácter na posição %1 do número de documento é “%2”, mas deve ser um algarismo; só o 10.º e o 11.º caracteres podem ser letras.</translation>
    </message>
    <message>
        <source>The check digit is %1, but for %2 it must be %3.</source>
        <translation>O dígito de controlo é %1, mas para %2 deve ser %3.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &quot;%1 --help&quot; for the commands and their options.</source>
        <translation>Execute &quot;%1 --help&quot; para ver os comandos e as respetivas opções.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 8601 date and time with a time zone (for example 2027-03-01T12:00:00Z or 2027-03-01T12:00:00+01:00).</source>
        <translation>%1: &quot;%2&quot; não é uma data e hora ISO 8601 com fuso horário (por exemplo, 2027-03-01T12:00:00Z ou 2027-03-01T12:00:00+01:00).</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] [--language pt_PT|en] [--now DATETIME] COMMAND ...

Commands:
  check nif|nipc|cc|domain|phone|postcode|email VALUE
  domain add NAME --expires DATETIME [--created DATETIME]
             [--auto-renew on|off] [--registrant HANDLE] [--tech HANDLE]
             [--program none|3em1|3em1-comercio|sitestar] [--notes TEXT]
  domain list [--json]
  domain show NAME [--json]
  contact add HANDLE --name TEXT --vat VALUE [--kind person|organisation]
             [--organisation TEXT] [--email ADDRESS] [--phone NUMBER]
             [--mobile NUMBER] [--street TEXT] [--city TEXT]
             [--postcode CODE] [--country CC] [--id-document NUMBER]
  contact list [--json]
  contact show HANDLE [--json]
  action open verification|owner-change NAME [--at DATETIME]
             [--new-holder HANDLE]
  action advance ID [--at DATETIME]
  action close ID [--at DATETIME] --outcome TEXT
  action list [--json]
  deadlines [--now DATETIME] [--within DAYS] [--json]
  settings list
  settings set alert.critical-days|alert.warning-days|alert.notice-days DAYS

DATETIME is ISO 8601 with Z or an offset, e.g. 2027-03-01T12:00:00Z.
The database is %2 unless --db names another file.
Exit codes: 0 done, 1 invalid or refused input, 2 usage error,
3 database error.
</source>
        <translation>Utilização: %1 [--db FICHEIRO] [--language pt_PT|en] [--now DATA_HORA] COMANDO ...

Comandos:
  check nif|nipc|cc|domain|phone|postcode|email VALOR
  domain add NOME --expires DATA_HORA [--created DATA_HORA]
             [--auto-renew on|off] [--registrant IDENTIFICADOR] [--tech IDENTIFICADOR]
             [--program none|3em1|3em1-comercio|sitestar] [--notes TEXTO]
  domain list [--json]
  domain show NOME [--json]
  contact add IDENTIFICADOR --name TEXTO --vat VALOR [--kind person|organisation]
             [--organisation TEXTO] [--email ENDEREÇO] [--phone NÚMERO]
             [--mobile NÚMERO] [--street TEXTO] [--city TEXTO]
             [--postcode CÓDIGO] [--country PAÍS] [--id-document NÚMERO]
  contact list [--json]
  contact show IDENTIFICADOR [--json]
  action open verification|owner-change NOME [--at DATA_HORA]
             [--new-holder IDENTIFICADOR]
  action advance ID [--at DATA_HORA]
  action close ID [--at DATA_HORA] --outcome TEXTO
  action list [--json]
  deadlines [--now DATA_HORA] [--within DIAS] [--json]
  settings list
  settings set alert.critical-days|alert.warning-days|alert.notice-days DIAS

DATA_HORA está no formato ISO 8601, com Z ou desvio horário, p. ex. 2027-03-01T12:00:00Z.
A base de dados é %2, salvo se --db indicar outro ficheiro.
Códigos de saída: 0 concluído, 1 dados inválidos ou recusados, 2 erro de utilização,
3 erro da base de dados.
</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opção desconhecida: %1.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>A opção %1 requer um valor.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Não foi indicado nenhum comando.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>check takes a kind (nif, nipc, cc, domain, phone, postcode, email) and a value.</source>
        <translation>check requer um tipo (nif, nipc, cc, domain, phone, postcode, email) e um valor.</translation>
    </message>
    <message>
        <source>check: unknown kind &quot;%1&quot;; use nif, nipc, cc, domain, phone, postcode or email.</source>
        <translation>check: tipo desconhecido &quot;%1&quot;; use nif, nipc, cc, domain, phone, postcode ou email.</translation>
    </message>
    <message>
        <source>domain: use add, list or show.</source>
        <translation>domain: use add, list ou show.</translation>
    </message>
    <message>
        <source>domain add takes exactly one domain name.</source>
        <translation>domain add requer exatamente um nome de domínio.</translation>
    </message>
    <message>
        <source>domain add: --expires is required.</source>
        <translation>domain add: a opção --expires é obrigatória.</translation>
    </message>
    <message>
        <source>--auto-renew: &quot;%1&quot; is neither on nor off.</source>
        <translation>--auto-renew: &quot;%1&quot; não é on nem off.</translation>
    </message>
    <message>
        <source>--program: &quot;%1&quot; is not one of none, 3em1, 3em1-comercio, sitestar.</source>
        <translation>--program: &quot;%1&quot; não é nenhum dos valores none, 3em1, 3em1-comercio, sitestar.</translation>
    </message>
    <message>
        <source>domain list takes no names.</source>
        <translation>domain list não aceita nomes.</translation>
    </message>
    <message>
        <source>domain show takes exactly one domain name.</source>
        <translation>domain show requer exatamente um nome de domínio.</translation>
    </message>
    <message>
        <source>There is no domain named %1 in the portfolio.</source>
        <translation>Não existe nenhum domínio %1 na carteira.</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Titular: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Expira: %1</translation>
    </message>
    <message>
        <source>Auto-renew: %1</source>
        <translation>Renovação automática: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>contact: use add, list or show.</source>
        <translation>contact: use add, list ou show.</translation>
    </message>
    <message>
        <source>contact add takes exactly one handle.</source>
        <translation>contact add requer exatamente um identificador.</translation>
    </message>
    <message>
        <source>contact add: --name is required.</source>
        <translation>contact add: a opção --name é obrigatória.</translation>
    </message>
    <message>
        <source>contact add: --vat is required.</source>
        <translation>contact add: a opção --vat é obrigatória.</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is neither person nor organisation.</source>
        <translation>--kind: &quot;%1&quot; não é person nem organisation.</translation>
    </message>
    <message>
        <source>contact show takes exactly one handle.</source>
        <translation>contact show requer exatamente um identificador.</translation>
    </message>
    <message>
        <source>There is no contact with the handle %1.</source>
        <translation>Não existe nenhum contacto com o identificador %1.</translation>
    </message>
    <message>
        <source>action open takes a kind (verification or owner-change) and a domain name.</source>
        <translation>action open requer um tipo (verification ou owner-change) e um nome de domínio.</translation>
    </message>
    <message>
        <source>action open: &quot;%1&quot; is neither verification nor owner-change.</source>
        <translation>action open: &quot;%1&quot; não é verification nem owner-change.</translation>
    </message>
    <message>
        <source>--new-holder only goes with an owner change.</source>
        <translation>--new-holder só se aplica a uma alteração de titular (owner-change).</translation>
    </message>
    <message>
        <source>action: use open, advance, close or list.</source>
        <translation>action: use open, advance, close ou list.</translation>
    </message>
    <message>
        <source>action %1 takes exactly one action id.</source>
        <translation>action %1 requer exatamente um ID de ação.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action id.</source>
        <translation>&quot;%1&quot; não é um ID de ação.</translation>
    </message>
    <message>
        <source>action close: --outcome is required.</source>
        <translation>action close: a opção --outcome é obrigatória.</translation>
    </message>
    <message>
        <source>deadlines takes no names.</source>
        <translation>deadlines não aceita nomes.</translation>
    </message>
    <message>
        <source>--language: &quot;%1&quot; is not a language this program speaks; use pt_PT or en.</source>
        <translation>--language: &quot;%1&quot; não é um idioma disponível neste programa; use pt_PT ou en.</translation>
    </message>
    <message>
        <source>settings: unknown setting &quot;%1&quot;.</source>
        <translation>settings: a definição &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>settings: use &quot;list&quot; or &quot;set KEY DAYS&quot;.</source>
        <translation>settings: use &quot;list&quot; ou &quot;set CHAVE DIAS&quot;.</translation>
    </message>
    <message>
        <source>domain add: --program %1 needs --created, the date the free year counts from.</source>
        <translation>domain add: --program %1 requer --created, a data a partir da qual se conta o ano gratuito.</translation>
    </message>
    <message>
        <source>--within: &quot;%1&quot; is not a whole number of days from 0 to %2.</source>
        <translation>--within: &quot;%1&quot; não é um número inteiro de dias entre 0 e %2.</translation>
    </message>
    <message>
        <source>epp: use hello, check or info.</source>
        <translation>epp: use hello, check ou info.</translation>
    </message>
    <message>
        <source>epp hello takes no names.</source>
        <translation>epp hello não aceita nomes.</translation>
    </message>
    <message>
        <source>epp check takes one or more domain names.</source>
        <translation>epp check requer um ou mais nomes de domínio.</translation>
    </message>
    <message>
        <source>epp info takes exactly one domain name.</source>
        <translation>epp info requer exatamente um nome de domínio.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Server time: %1</source>
        <translation>Hora do servidor: %1</translation>
    </message>
    <message>
        <source>Objects: %1</source>
        <translation>Objetos: %1</translation>
    </message>
    <message>
        <source>Extensions offered: %1</source>
        <translation>Extensões oferecidas: %1</translation>
    </message>
    <message>
        <source>Extensions announced at login: %1</source>
        <translation>Extensões anunciadas no acesso: %1</translation>
    </message>
    <message>
        <source>The registry refused: %1</source>
        <translation>A entidade gestora recusou: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponível</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>The registry&apos;s answer carries no domain information.</source>
        <translation>A resposta da entidade gestora não traz informação do domínio.</translation>
    </message>
    <message>
        <source>profile: use list, save NAME, password NAME or remove NAME.</source>
        <translation>profile: use list, save NOME, password NOME ou remove NOME.</translation>
    </message>
    <message>
        <source>There is no registry profile named %1.</source>
        <translation>Não existe nenhum perfil de ligação chamado %1.</translation>
    </message>
    <message>
        <source>profile password: give the password with --password-file FILE.</source>
        <translation>profile password: indique a palavra-passe com --password-file FICHEIRO.</translation>
    </message>
    <message>
        <source>The password was not kept; scheduled jobs can use --password-file.</source>
        <translation>A palavra-passe não foi guardada; as tarefas agendadas podem usar --password-file.</translation>
    </message>
    <message>
        <source>The password of %1 is in the %2.</source>
        <translation>A palavra-passe de %1 está no %2.</translation>
    </message>
    <message>
        <source>--sessions: &quot;%1&quot; is not a number from 1 to 8.</source>
        <translation>--sessions: &quot;%1&quot; não é um número entre 1 e 8.</translation>
    </message>
    <message>
        <source>--rate: &quot;%1&quot; is not a number of commands per second from 1 to 10000.</source>
        <translation>--rate: &quot;%1&quot; não é um número de comandos por segundo entre 1 e 10000.</translation>
    </message>
    <message>
        <source>refresh: %1 of %2</source>
        <translation>atualização: %1 de %2</translation>
    </message>
    <message>
        <source>Continued an interrupted refresh.</source>
        <translation>Continuou-se uma atualização interrompida.</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1 checked, %2 would change, %3 would be flagged, %4 failed.</source>
        <translation>Simulação, nada gravado: %1 verificados, %2 mudariam, %3 seriam assinalados, %4 falharam.</translation>
    </message>
    <message>
        <source>%1 checked, %2 changed, %3 flagged, %4 contacts, %5 failed.</source>
        <translation>%1 verificados, %2 alterados, %3 assinalados, %4 contactos, %5 falharam.</translation>
    </message>
    <message>
        <source>sync: give --full or --changed, not both.</source>
        <translation>sync: indique --full ou --changed, não ambos.</translation>
    </message>
    <message numerus="yes">
        <source>%n registry message(s) read and acknowledged.</source>
        <translation>
            <numerusform>%n mensagem da entidade gestora lida e confirmada.</numerusform>
            <numerusform>%n mensagens da entidade gestora lidas e confirmadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registry offers no poll queue to say what changed: every domain was refreshed.</source>
        <translation>A entidade gestora não oferece fila de mensagens que diga o que mudou: todos os domínios foram atualizados.</translation>
    </message>
    <message>
        <source>There is no draft %1.</source>
        <translation>Não existe o rascunho %1.</translation>
    </message>
    <message>
        <source>--names-file: cannot read %1: %2</source>
        <translation>--names-file: não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>--transfer-in takes exactly one domain: each has its own auth code.</source>
        <translation>--transfer-in aceita exatamente um domínio: cada um tem o seu código de autorização.</translation>
    </message>
    <message>
        <source>--delete --send deletes at the registry and cannot be undone; add --yes to confirm.</source>
        <translation>--delete --send elimina na entidade gestora e não é possível anular; acrescente --yes para confirmar.</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: ignorado: %2</translation>
    </message>
    <message>
        <source>%1: draft %2 kept.</source>
        <translation>%1: rascunho %2 guardado.</translation>
    </message>
    <message>
        <source>Drafts are sent with: change --draft ID[,ID...] --send</source>
        <translation>Os rascunhos enviam-se com: change --draft ID[,ID...] --send</translation>
    </message>
    <message>
        <source>No draft to send or review.</source>
        <translation>Não há nenhum rascunho para enviar ou rever.</translation>
    </message>
    <message>
        <source>%1 (draft %2): cannot review: %3</source>
        <translation>%1 (rascunho %2): não foi possível rever: %3</translation>
    </message>
    <message>
        <source>%1 (draft %2):</source>
        <translation>%1 (rascunho %2):</translation>
    </message>
    <message>
        <source>%1 (draft %2): not sent: a deletion cannot be undone; add --yes to confirm.</source>
        <translation>%1 (rascunho %2): não enviado: uma eliminação não pode ser anulada; acrescente --yes para confirmar.</translation>
    </message>
    <message>
        <source>%1 (draft %2): done: %3</source>
        <translation>%1 (rascunho %2): concluído: %3</translation>
    </message>
    <message>
        <source>%1 (draft %2): skipped: %3</source>
        <translation>%1 (rascunho %2): ignorado: %3</translation>
    </message>
    <message>
        <source>%1 (draft %2): failed: %3</source>
        <translation>%1 (rascunho %2): falhou: %3</translation>
    </message>
    <message>
        <source>%1 (draft %2): outcome unknown: %3</source>
        <translation>%1 (rascunho %2): resultado desconhecido: %3</translation>
    </message>
    <message>
        <source>%1 (draft %2): not sent: %3</source>
        <translation>%1 (rascunho %2): não enviado: %3</translation>
    </message>
    <message>
        <source>%1 done, %2 skipped, %3 failed, %4 with an unknown outcome.</source>
        <translation>%1 concluídos, %2 ignorados, %3 falharam, %4 com resultado desconhecido.</translation>
    </message>
    <message>
        <source>Spreadsheets (CSV; &apos;;&apos;, &apos;,&apos; or tab; UTF-8, UTF-16, windows-1252 or
ISO-8859-15, detected):
  import domains|contacts FILE [--dry-run] [--partial] [--rejects FILE]
         [--delimiter C] [--encoding NAME] [--mapping FILE]
         [--save-mapping FILE] [--no-refresh]
  import undo
  export domains|contacts|actions -o FILE [--delimiter &apos;;&apos;|&apos;,&apos;] [--no-bom]
         [--within DAYS]
An import writes nothing unless every row is valid (or --partial is
given); it exits with 1 when any row was rejected.
</source>
        <translation>Folhas de cálculo (CSV; &apos;;&apos;, &apos;,&apos; ou tabulação; UTF-8, UTF-16, windows-1252 ou
ISO-8859-15, detetados):
  import domains|contacts FICHEIRO [--dry-run] [--partial] [--rejects FICHEIRO]
         [--delimiter C] [--encoding NOME] [--mapping FICHEIRO]
         [--save-mapping FICHEIRO] [--no-refresh]
  import undo
  export domains|contacts|actions -o FICHEIRO [--delimiter &apos;;&apos;|&apos;,&apos;] [--no-bom]
         [--within DIAS]
Uma importação não grava nada se alguma linha for inválida (salvo com
--partial); termina com 1 quando alguma linha foi rejeitada.
</translation>
    </message>
    <message>
        <source>export takes domains, contacts or actions, and -o FILE.</source>
        <translation>export requer domains, contacts ou actions, e -o FICHEIRO.</translation>
    </message>
    <message>
        <source>export needs -o FILE.</source>
        <translation>export requer -o FICHEIRO.</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not &apos;;&apos; or &apos;,&apos;.</source>
        <translation>--delimiter: &quot;%1&quot; não é &apos;;&apos; nem &apos;,&apos;.</translation>
    </message>
    <message>
        <source>--within: &quot;%1&quot; is not a number of days.</source>
        <translation>--within: &quot;%1&quot; não é um número de dias.</translation>
    </message>
    <message>
        <source>--within applies to domains only.</source>
        <translation>--within só se aplica a domínios.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Data de expiração</translation>
    </message>
    <message>
        <source>Creation date</source>
        <translation>Data de registo</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Renovação automática</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Telemóvel</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localidade</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Cartão de Cidadão</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberta em</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>Novo titular</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n linha gravada em %1.</numerusform>
            <numerusform>%n linhas gravadas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>import takes domains or contacts and a file, or undo.</source>
        <translation>import requer domains ou contacts e um ficheiro, ou undo.</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not &apos;;&apos;, &apos;,&apos; or tab.</source>
        <translation>--delimiter: &quot;%1&quot; não é &apos;;&apos;, &apos;,&apos; nem tab.</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of %2.</source>
        <translation>--encoding: &quot;%1&quot; não é nenhum de %2.</translation>
    </message>
    <message>
        <source>%1 is a mapping for an import of %2.</source>
        <translation>%1 é um mapeamento para uma importação de %2.</translation>
    </message>
    <message>
        <source>line %1: %2 will change: %3</source>
        <translation>linha %1: %2 vai mudar: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Import %1 written; &quot;import undo&quot; takes it back.</source>
        <translation>Importação %1 gravada; &quot;import undo&quot; anula-a.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Novos: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Atualizados: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Sem alterações: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeitados: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulação: nada foi gravado.</translation>
    </message>
    <message>
        <source>Nothing was written: fix the rejected rows, or import the valid ones with --partial.</source>
        <translation>Nada foi gravado: corrija as linhas rejeitadas ou importe as válidas com --partial.</translation>
    </message>
    <message>
        <source>import undo takes no arguments.</source>
        <translation>import undo não aceita argumentos.</translation>
    </message>
    <message>
        <source>Import %1 (%2, %3) undone: %4 records removed, %5 restored.</source>
        <translation>Importação %1 (%2, %3) anulada: %4 registos removidos, %5 repostos.</translation>
    </message>
    <message>
        <source>Reports and calendar:
  report briefing|actions|programmes --format pdf|html|csv -o FILE
  report deletions [--within DAYS | --from DATETIME --to DATETIME]
         --format pdf|html|csv -o FILE
  report dossier NAME --format pdf|html -o FILE
  report personal-data HANDLE --format pdf|html -o FILE
  calendar [--within DAYS] -o FILE.ics
  settings set registrar.name TEXT   (the name on every report page)
CSV is for the tabular reports (deletions, actions, programmes); the
format may be left to the file&apos;s extension.
</source>
        <translation>Relatórios e calendário:
  report briefing|actions|programmes --format pdf|html|csv -o FICHEIRO
  report deletions [--within DIAS | --from DATA_HORA --to DATA_HORA]
         --format pdf|html|csv -o FICHEIRO
  report dossier NOME --format pdf|html -o FICHEIRO
  report personal-data IDENTIFICADOR --format pdf|html -o FICHEIRO
  calendar [--within DIAS] -o FICHEIRO.ics
  settings set registrar.name TEXTO   (o nome em cada página dos relatórios)
O CSV existe para os relatórios em tabela (deletions, actions, programmes); o
formato pode ficar a cargo da extensão do ficheiro.
</translation>
    </message>
    <message>
        <source>registrar.name: give a name of 1 to %1 characters.</source>
        <translation>registrar.name: indique um nome com 1 a %1 carateres.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Não é possível gravar %1: %2.</translation>
    </message>
    <message>
        <source>report takes a kind: %1.</source>
        <translation>report requer um tipo: %1.</translation>
    </message>
    <message>
        <source>report: unknown kind &quot;%1&quot;; use %2.</source>
        <translation>report: tipo desconhecido &quot;%1&quot;; use %2.</translation>
    </message>
    <message>
        <source>report dossier takes exactly one domain name.</source>
        <translation>report dossier requer exatamente um nome de domínio.</translation>
    </message>
    <message>
        <source>report personal-data takes exactly one contact handle.</source>
        <translation>report personal-data requer exatamente um identificador de contacto.</translation>
    </message>
    <message>
        <source>report %1 takes no names.</source>
        <translation>report %1 não aceita nomes.</translation>
    </message>
    <message>
        <source>--within, --from and --to go with the deletions report only.</source>
        <translation>--within, --from e --to aplicam-se apenas ao relatório deletions.</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from e --to indicam-se em conjunto.</translation>
    </message>
    <message>
        <source>Give either --within or --from and --to, not both.</source>
        <translation>Indique --within ou --from e --to, não ambos.</translation>
    </message>
    <message>
        <source>report: -o FILE is required.</source>
        <translation>report: a opção -o FICHEIRO é obrigatória.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of pdf, html, csv.</source>
        <translation>--format: &quot;%1&quot; não é nenhum dos valores pdf, html, csv.</translation>
    </message>
    <message>
        <source>report %1 has no CSV form; use pdf or html.</source>
        <translation>report %1 não tem versão CSV; use pdf ou html.</translation>
    </message>
    <message>
        <source>calendar takes no names.</source>
        <translation>calendar não aceita nomes.</translation>
    </message>
    <message>
        <source>calendar: -o FILE is required.</source>
        <translation>calendar: a opção -o FICHEIRO é obrigatória.</translation>
    </message>
    <message>
        <source>Registry commands, with the connection options
  --profile NAME, or --registry HOST:PORT --login ID --password-file FILE,
  and [--ca FILE] [--cert FILE --key FILE [--key-passphrase-file FILE]]:
  epp hello
  epp check NAME...
  epp info NAME [--json]
  sync [--full | --changed] [--dry-run] [--sessions N] [--rate PER-SECOND]
       [NAME...]
  change NAME... [--names-file FILE] --ns HOST,HOST | --auto-renew on|off
         | --renew YEARS | --owner-change HANDLE | --tech HANDLE,HANDLE
         | --ds RECORDS|none | --transfer-in | --delete
         | --contact HANDLE [--email ADDRESS] [--phone NUMBER] [--mobile NUMBER]
         [--review | --send [--yes]] [--auth-code-file FILE]
  change --draft ID[,ID...] --review | --send [--auth-code-file FILE]
  drafts [NAME...] [--json]
Registry profiles (kept in the settings, the password in the keychain):
  profile list
  profile save NAME --registry HOST:PORT --login ID [--ca FILE]
               [--cert FILE --key FILE]
  profile password NAME [--password-file FILE] [--key-passphrase-file FILE]
  profile remove NAME
Exit codes: 4 the registry could not be reached or refused the login,
5 a command was sent but its answer never came.
</source>
        <translation>Comandos da entidade gestora, com as opções de ligação
  --profile NOME, ou --registry SERVIDOR:PORTA --login ID --password-file FICHEIRO,
  e [--ca FICHEIRO] [--cert FICHEIRO --key FICHEIRO [--key-passphrase-file FICHEIRO]]:
  epp hello
  epp check NOME...
  epp info NOME [--json]
  sync [--full | --changed] [--dry-run] [--sessions N] [--rate POR-SEGUNDO]
       [NOME...]
  change NOME... [--names-file FICHEIRO] --ns SERVIDOR,SERVIDOR | --auto-renew on|off
         | --renew ANOS | --owner-change IDENTIFICADOR | --tech IDENTIFICADOR,IDENTIFICADOR
         | --ds REGISTOS|none | --transfer-in | --delete
         | --contact IDENTIFICADOR [--email ENDEREÇO] [--phone NÚMERO] [--mobile NÚMERO]
         [--review | --send [--yes]] [--auth-code-file FICHEIRO]
  change --draft ID[,ID...] --review | --send [--auth-code-file FICHEIRO]
  drafts [NOME...] [--json]
Perfis de ligação (guardados nas definições, a palavra-passe no porta-chaves):
  profile list
  profile save NOME --registry SERVIDOR:PORTA --login ID [--ca FICHEIRO]
               [--cert FICHEIRO --key FICHEIRO]
  profile password NOME [--password-file FICHEIRO] [--key-passphrase-file FICHEIRO]
  profile remove NOME
Códigos de saída: 4 não foi possível contactar a entidade gestora ou esta recusou o acesso,
5 um comando foi enviado mas a resposta nunca chegou.
</translation>
    </message>
    <message>
        <source>change: give domains and one of --ns, --auto-renew, --renew, --owner-change, --tech, --ds, --transfer-in, --delete or --contact (drafts, reviewed with --review, sent with --send), or --draft ID[,ID...] with --review or --send.</source>
        <translation>change: indique domínios e uma das opções --ns, --auto-renew, --renew, --owner-change, --tech, --ds, --transfer-in, --delete ou --contact (rascunhos, revistos com --review, enviados com --send), ou --draft ID[,ID...] com --review ou --send.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>(ignored)</source>
        <translation>(ignorada)</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domínio</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>data de expiração</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>data de registo</translation>
    </message>
    <message>
        <source>auto-renew</source>
        <translation>renovação automática</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>handle</source>
        <translation>identificador</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>telemóvel</translation>
    </message>
    <message>
        <source>street</source>
        <translation>morada</translation>
    </message>
    <message>
        <source>city</source>
        <translation>localidade</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>Cartão de Cidadão</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the field %2 does not belong to an import of %3.</source>
        <translation>Coluna &quot;%1&quot;: o campo %2 não pertence a uma importação de %3.</translation>
    </message>
    <message>
        <source>The columns &quot;%1&quot; and &quot;%2&quot; both hold the %3.</source>
        <translation>As colunas &quot;%1&quot; e &quot;%2&quot; contêm ambas o campo %3.</translation>
    </message>
    <message>
        <source>No column holds the %1; name it in the header (for example &quot;%2&quot;) or in a mapping.</source>
        <translation>Nenhuma coluna contém o campo %1; indique-o no cabeçalho (por exemplo &quot;%2&quot;) ou num mapeamento.</translation>
    </message>
    <message>
        <source>The mapping is not a JSON object with &quot;kind&quot; (domains or contacts) and &quot;columns&quot;.</source>
        <translation>O mapeamento não é um objeto JSON com &quot;kind&quot; (domains ou contacts) e &quot;columns&quot;.</translation>
    </message>
    <message>
        <source>The mapping gives column &quot;%1&quot; an unknown field &quot;%2&quot;.</source>
        <translation>O mapeamento atribui à coluna &quot;%1&quot; um campo desconhecido, &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>To confirm, type %1:</source>
        <translation>Para confirmar, escreva %1:</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>The address of the contact %1 has more than three street lines.</source>
        <translation>A morada do contacto %1 tem mais de três linhas.</translation>
    </message>
    <message>
        <source>A contact with the handle %1 is already in the portfolio.</source>
        <translation>Já existe na carteira um contacto com o identificador %1.</translation>
    </message>
    <message>
        <source>Cannot add the contact %1.</source>
        <translation>Não foi possível adicionar o contacto %1.</translation>
    </message>
    <message>
        <source>Cannot save the contact %1.</source>
        <translation>Não foi possível guardar o contacto %1.</translation>
    </message>
    <message>
        <source>Cannot save the contact %1: it is not in the portfolio.</source>
        <translation>Não foi possível guardar o contacto %1: não existe na carteira.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message numerus="yes">
        <source>The %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>O %1 não respondeu em %n segundo.</numerusform>
            <numerusform>O %1 não respondeu em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>EPP password</source>
        <translation>palavra-passe EPP</translation>
    </message>
    <message>
        <source>client key passphrase</source>
        <translation>frase-passe da chave do cliente</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Linha %1: um campo entre aspas nunca é fechado.</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a field; a quote inside a field must be doubled.</source>
        <translation>Linha %1: há texto depois das aspas que fecham um campo; as aspas dentro de um campo têm de ser duplicadas.</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that does not start with one; quote the field and double the quote.</source>
        <translation>Linha %1: aspas dentro de um campo que não começa por aspas; ponha o campo entre aspas e duplique as aspas interiores.</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields where the header has %3.</source>
        <translation>A linha %1 tem %2 campos e o cabeçalho tem %3.</translation>
    </message>
    <message>
        <source>Line %1 has a value in field %2, past the %3 columns of the header.</source>
        <translation>A linha %1 tem um valor no campo %2, para além das %3 colunas do cabeçalho.</translation>
    </message>
    <message>
        <source>The file has no header line.</source>
        <translation>O ficheiro não tem linha de cabeçalho.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Registrar Desk database. It was left untouched.</source>
        <translation>%1 não é uma base de dados do Registrar Desk. O ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Registrar Desk (database version %2); this version reads database versions up to %3. The file was left untouched.</source>
        <translation>%1 foi criado por uma versão mais recente do Registrar Desk (versão %2 da base de dados); esta versão só lê bases de dados até à versão %3. O ficheiro não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Não foi possível abrir %1.</translation>
    </message>
    <message>
        <source>Cannot set up %1.</source>
        <translation>Não foi possível preparar %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>Cannot make a backup copy of %1 before updating it.</source>
        <translation>Não foi possível criar uma cópia de segurança de %1 antes de o atualizar.</translation>
    </message>
    <message>
        <source>Database version %1 does not exist; the latest is %2.</source>
        <translation>A versão %1 da base de dados não existe; a mais recente é a %2.</translation>
    </message>
    <message>
        <source>Cannot open %1: the SQLite driver for Qt (QSQLITE) is not installed.</source>
        <translation>Não foi possível abrir %1: o controlador SQLite do Qt (QSQLITE) não está instalado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot update %1 to database version %2.</source>
        <translation>Não foi possível atualizar %1 para a versão %2 da base de dados.</translation>
    </message>
    <message>
        <source>The portfolio database is not open.</source>
        <translation>A base de dados da carteira não está aberta.</translation>
    </message>
    <message>
        <source>Cannot start a unit of work on %1.</source>
        <translation>Não foi possível iniciar uma transação em %1.</translation>
    </message>
    <message>
        <source>Cannot save the changes to %1; nothing was saved.</source>
        <translation>Não foi possível guardar as alterações em %1; nada foi guardado.</translation>
    </message>
    <message>
        <source>Cannot update %1.</source>
        <translation>Não foi possível atualizar %1.</translation>
    </message>
</context>
<context>
    <name>DeadlineEngine</name>
    <message>
        <source>%1 was due for deletion on %2 because it expires on %3 and auto-renew is off; it may be deleted at any moment.</source>
        <extracomment>%1 domain, %2 deletion date and time, %3 expiry date</extracomment>
        <translation>A eliminação de %1 estava prevista para %2, porque expira em %3 e a renovação automática está desativada; o domínio pode ser eliminado a qualquer momento.</translation>
    </message>
    <message>
        <source>%1 will be deleted on %2 because it expires on %3 and auto-renew is off; .pt has no grace period.</source>
        <extracomment>%1 domain, %2 deletion date and time, %3 expiry date</extracomment>
        <translation>%1 será eliminado em %2, porque expira em %3 e a renovação automática está desativada; o .pt não tem período de graça.</translation>
    </message>
    <message>
        <source>%1 was due to be renewed automatically by the registry on %2 (auto-renew is on).</source>
        <extracomment>%1 domain, %2 expiry date and time</extracomment>
        <translation>%1 devia ter sido renovado automaticamente pela entidade gestora em %2 (a renovação automática está ativada).</translation>
    </message>
    <message>
        <source>%1 will be renewed automatically by the registry on %2 (auto-renew is on).</source>
        <extracomment>%1 domain, %2 expiry date and time</extracomment>
        <translation>%1 será renovado automaticamente pela entidade gestora em %2 (a renovação automática está ativada).</translation>
    </message>
    <message>
        <source>The registry asked the new holder of %1 to prove their identity on %2; without an answer by %3 the owner change is reversed.</source>
        <extracomment>%1 domain, %2 when the new holder approved, %3 deadline</extracomment>
        <translation>Em %2, a entidade gestora pediu ao novo titular de %1 que comprovasse a sua identidade; sem resposta até %3, a alteração de titular é revertida.</translation>
    </message>
    <message>
        <source>The registry asked the holder of %1 to prove their identity on %2; the answer was due by %3 and the domain may be deleted at any moment.</source>
        <extracomment>%1 domain, %2 when the registry asked, %3 deadline</extracomment>
        <translation>Em %2, a entidade gestora pediu ao titular de %1 que comprovasse a sua identidade; o prazo de resposta terminou em %3 e o domínio pode ser eliminado a qualquer momento.</translation>
    </message>
    <message>
        <source>The registry asked the holder of %1 to prove their identity on %2; without an answer by %3 the domain may be deleted.</source>
        <extracomment>%1 domain, %2 when the registry asked, %3 deadline</extracomment>
        <translation>Em %2, a entidade gestora pediu ao titular de %1 que comprovasse a sua identidade; sem resposta até %3, o domínio pode ser eliminado.</translation>
    </message>
    <message>
        <source>The current holder of %1 was due to approve the owner change opened on %2 by %3; without that approval the request fails.</source>
        <extracomment>%1 domain, %2 when the owner change was opened, %3 deadline</extracomment>
        <translation>O titular atual de %1 devia ter aprovado até %3 a alteração de titular aberta em %2; sem essa aprovação, o pedido fica sem efeito.</translation>
    </message>
    <message>
        <source>The current holder of %1 must approve the owner change opened on %2 by %3, or the request fails.</source>
        <extracomment>%1 domain, %2 when the owner change was opened, %3 deadline</extracomment>
        <translation>O titular atual de %1 tem de aprovar até %3 a alteração de titular aberta em %2; caso contrário, o pedido fica sem efeito.</translation>
    </message>
    <message>
        <source>The current holder of %1 approved the owner change on %2; the new holder was due to approve it by %3, and without that approval the request fails.</source>
        <extracomment>%1 domain, %2 when the current holder approved, %3 deadline</extracomment>
        <translation>O titular atual de %1 aprovou a alteração de titular em %2; o novo titular devia tê-la aprovado até %3 e, sem essa aprovação, o pedido fica sem efeito.</translation>
    </message>
    <message>
        <source>The current holder of %1 approved the owner change on %2; the new holder must approve it by %3, or the request fails.</source>
        <extracomment>%1 domain, %2 when the current holder approved, %3 deadline</extracomment>
        <translation>O titular atual de %1 aprovou a alteração de titular em %2; o novo titular tem de a aprovar até %3; caso contrário, o pedido fica sem efeito.</translation>
    </message>
    <message>
        <source>The free year of %1 under the %2 programme ended on %3; the holder must convert it or lose the name.</source>
        <extracomment>%1 domain, %2 programme name (3em1.pt, 3em1 Comércio, Sitestar.pt), %3 end</extracomment>
        <translation>O ano gratuito de %1 no programa %2 terminou em %3; o titular tem de converter o registo ou perderá o domínio.</translation>
    </message>
    <message>
        <source>The free year of %1 under the %2 programme ends on %3; the holder must convert it or lose the name.</source>
        <extracomment>%1 domain, %2 programme name (3em1.pt, 3em1 Comércio, Sitestar.pt), %3 end</extracomment>
        <translation>O ano gratuito de %1 no programa %2 termina em %3; o titular tem de converter o registo ou perderá o domínio.</translation>
    </message>
    <message>
        <source>The registry asked the new holder of %1 to prove their identity on %2; the answer was due by %3 and the owner change may be reversed at any moment.</source>
        <extracomment>%1 domain, %2 when the new holder approved, %3 deadline</extracomment>
        <translation>Em %2, a entidade gestora pediu ao novo titular de %1 que comprovasse a sua identidade; a resposta devia ter chegado até %3 e a alteração de titular pode ser revertida a qualquer momento.</translation>
    </message>
</context>
<context>
    <name>DemoPortfolio</name>
    <message>
        <source>Rua de Exemplo, 1</source>
        <translation>Rua de Exemplo, 1</translation>
    </message>
</context>
<context>
    <name>DemoSandbox</name>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>Não é possível criar uma pasta temporária para a demonstração: %1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Registrar Desk</source>
        <translation>Registrar Desk</translation>
    </message>
    <message>
        <source>The support desk for .pt domains.</source>
        <translation>Balcão de apoio para domínios .pt.</translation>
    </message>
    <message>
        <source>Portfolio database file.</source>
        <translation>Ficheiro da base de dados da carteira.</translation>
    </message>
    <message>
        <source>pt_PT or en (default: the system&apos;s).</source>
        <translation>pt_PT ou en (predefinição: o idioma do sistema).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Grava uma imagem da janela principal num ficheiro PNG e termina.</translation>
    </message>
    <message>
        <source>Run as if it were this moment (ISO 8601 with a zone).</source>
        <translation>Executa como se fosse este o momento atual (ISO 8601 com fuso horário).</translation>
    </message>
    <message>
        <source>Start a new database empty, without the demo.</source>
        <translation>Cria uma base de dados nova vazia, sem os dados de demonstração.</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO 8601 date and time with a time zone.</source>
        <translation>--now: &quot;%1&quot; não é uma data e hora ISO 8601 com fuso horário.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Não é possível gravar a captura de ecrã %1.</translation>
    </message>
    <message>
        <source>Start the registry sandbox in this program with a generated portfolio, sync a throwaway database from it (removed at exit, unless --db names a new file to keep) and open the desk on it.</source>
        <translation>Inicia o registo de testes neste programa com uma carteira gerada, sincroniza a partir dele uma base de dados descartável (apagada à saída, a menos que --db indique um ficheiro novo a manter) e abre o balcão sobre ela.</translation>
    </message>
    <message>
        <source>The page to open: today, domains, contacts or actions.</source>
        <translation>A página a abrir: today (hoje), domains (domínios), contacts (contactos) ou actions (ações).</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is not one of today, domains, contacts or actions.</source>
        <translation>--view: &quot;%1&quot; não é today, domains, contacts nem actions.</translation>
    </message>
    <message>
        <source>--demo --db: %1 exists already; the demo only writes a new database file.</source>
        <translation>--demo --db: %1 já existe; a demonstração só escreve num ficheiro de base de dados novo.</translation>
    </message>
    <message>
        <source>The demo registry cannot start: %1</source>
        <translation>O registo de demonstração não consegue arrancar: %1</translation>
    </message>
    <message>
        <source>The demo portfolio cannot be built: %1</source>
        <translation>Não é possível construir a carteira de demonstração: %1</translation>
    </message>
    <message>
        <source>sandbox (demo)</source>
        <translation>registo de testes (demonstração)</translation>
    </message>
</context>
<context>
    <name>DeskRecords</name>
    <message>
        <source>Action %1, called: %2</source>
        <translation>Ação %1, telefonema: %2</translation>
    </message>
    <message>
        <source>Action %1, e-mailed: %2</source>
        <translation>Ação %1, e-mail: %2</translation>
    </message>
    <message>
        <source>Action %1, outcome: %2</source>
        <translation>Ação %1, resultado: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>There is no action with id %1.</source>
        <translation>Não existe nenhuma ação com o id %1.</translation>
    </message>
    <message>
        <source>Action %1 no longer assigned.</source>
        <translation>A ação %1 deixou de estar atribuída.</translation>
    </message>
    <message>
        <source>Action %1 assigned to %2.</source>
        <translation>Ação %1 atribuída a %2.</translation>
    </message>
    <message>
        <source>Action %1: the note is empty.</source>
        <translation>Ação %1: a nota está vazia.</translation>
    </message>
    <message>
        <source>Note on action %1: %2</source>
        <translation>Nota na ação %1: %2</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>A nota está vazia.</translation>
    </message>
    <message>
        <source>There is no domain with id %1.</source>
        <translation>Não existe nenhum domínio com o id %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Action %1: say what was said or what came of it.</source>
        <translation>Ação %1: indique o que foi dito ou o que resultou.</translation>
    </message>
</context>
<context>
    <name>DeskRegistry</name>
    <message>
        <source>no registry profile chosen</source>
        <translation>nenhum perfil de registo escolhido</translation>
    </message>
    <message>
        <source>No registry profile is chosen: pick one in Settings, Registry.</source>
        <translation>Não está escolhido nenhum perfil de registo: escolha um em Definições, Registo.</translation>
    </message>
    <message>
        <source>There is no registry profile named %1.</source>
        <translation>Não existe nenhum perfil de registo chamado %1.</translation>
    </message>
    <message>
        <source>The registry profile %1 cannot be used: %2</source>
        <translation>O perfil de registo %1 não pode ser usado: %2</translation>
    </message>
    <message>
        <source>No credential store is available for the password of %1.</source>
        <translation>Não há nenhum cofre de credenciais disponível para a palavra-passe de %1.</translation>
    </message>
</context>
<context>
    <name>DomainListing</name>
    <message>
        <source>Cannot read the contacts of the portfolio (%1).</source>
        <translation>Não é possível ler os contactos da carteira (%1).</translation>
    </message>
    <message>
        <source>Cannot read the domains of the portfolio (%1).</source>
        <translation>Não é possível ler os domínios da carteira (%1).</translation>
    </message>
</context>
<context>
    <name>DomainNameValidator</name>
    <message>
        <source>Enter a domain name.</source>
        <translation>Introduza um nome de domínio.</translation>
    </message>
    <message>
        <source>The domain name contains a blank or invisible character (%1) at position %2.</source>
        <translation>O nome de domínio contém um espaço ou carácter invisível (%1) na posição %2.</translation>
    </message>
    <message>
        <source>The domain name has %1 characters; the DNS allows at most 253.</source>
        <translation>O nome de domínio tem %1 caracteres; o DNS permite no máximo 253.</translation>
    </message>
    <message>
        <source>“%1” has an empty label; remove the extra dot.</source>
        <translation>“%1” tem um segmento vazio; retire o ponto a mais.</translation>
    </message>
    <message>
        <source>The label “%1” contains “%2”, which is not allowed in .pt names; use a–z, 0–9, hyphen or à á â ã ç é ê í ó ô õ ú.</source>
        <translation>O segmento “%1” contém “%2”, que não é permitido em nomes .pt; use a–z, 0–9, hífen ou à á â ã ç é ê í ó ô õ ú.</translation>
    </message>
    <message>
        <source>“%1” does not end in .pt; only .pt domain names are handled here.</source>
        <translation>“%1” não termina em .pt; aqui só são tratados nomes de domínio .pt.</translation>
    </message>
    <message>
        <source>“%1” is a registry zone, not a domain name; put a name in front of it, as in exemplo.%1.</source>
        <translation>“%1” é uma zona de registo, não um nome de domínio; acrescente um nome antes dela, como em exemplo.%1.</translation>
    </message>
    <message>
        <source>“%1” has too many levels; a .pt name is either name.pt or name.zone.pt, as in exemplo.com.pt.</source>
        <translation>“%1” tem demasiados níveis; um nome .pt tem a forma nome.pt ou nome.zona.pt, como em exemplo.com.pt.</translation>
    </message>
    <message>
        <source>“%1” is not a .pt zone; names go directly under .pt or under %2.</source>
        <translation>“%1” não é uma zona .pt; os nomes registam-se diretamente em .pt ou em %2.</translation>
    </message>
    <message>
        <source>The name “%1” is longer than 63 characters in its ASCII (xn--) form, which is what the registry stores.</source>
        <translation>O nome “%1” tem mais de 63 caracteres na forma ASCII (xn--), que é a forma guardada pela entidade gestora.</translation>
    </message>
    <message>
        <source>“%1” is not a valid xn-- label; its Punycode does not decode to a name.</source>
        <translation>“%1” não é um segmento xn-- válido; o seu Punycode não se descodifica num nome.</translation>
    </message>
    <message>
        <source>The label “%1” stands for “%2”, which contains “%3”; .pt names may use only a–z, 0–9, hyphen and à á â ã ç é ê í ó ô õ ú.</source>
        <translation>O segmento “%1” corresponde a “%2”, que contém “%3”; os nomes .pt só podem usar a–z, 0–9, hífen e à á â ã ç é ê í ó ô õ ú.</translation>
    </message>
    <message>
        <source>The label “%1” starts or ends with a hyphen, which is not allowed.</source>
        <translation>O segmento “%1” começa ou termina com hífen, o que não é permitido.</translation>
    </message>
    <message>
        <source>The label “%1” has “--” in the third and fourth positions, which is reserved for xn-- labels.</source>
        <translation>O segmento “%1” tem “--” na terceira e quarta posições, o que está reservado aos segmentos xn--.</translation>
    </message>
    <message>
        <source>The name “%1” is too short; .pt names have at least two characters.</source>
        <translation>O nome “%1” é demasiado curto; os nomes .pt têm pelo menos dois caracteres.</translation>
    </message>
    <message>
        <source>The name “%1” has %2 characters; .pt names have at most 63.</source>
        <translation>O nome “%1” tem %2 caracteres; os nomes .pt têm no máximo 63.</translation>
    </message>
</context>
<context>
    <name>DomainRepository</name>
    <message>
        <source>There is no contact with the handle %1.</source>
        <translation>Não existe nenhum contacto com o identificador %1.</translation>
    </message>
    <message>
        <source>Cannot add the domain %1.</source>
        <translation>Não foi possível adicionar o domínio %1.</translation>
    </message>
    <message>
        <source>A domain named %1 is already in the portfolio.</source>
        <translation>O domínio %1 já existe na carteira.</translation>
    </message>
    <message>
        <source>Cannot save the domain %1.</source>
        <translation>Não foi possível guardar o domínio %1.</translation>
    </message>
    <message>
        <source>Cannot save the domain %1: it is not in the portfolio.</source>
        <translation>Não foi possível guardar o domínio %1: não existe na carteira.</translation>
    </message>
    <message>
        <source>Cannot store the next deadline of the domain with the id %1.</source>
        <translation>Não foi possível guardar o próximo prazo do domínio com o ID %1.</translation>
    </message>
    <message>
        <source>Cannot store the next deadline: there is no domain with the id %1.</source>
        <translation>Não foi possível guardar o próximo prazo: não existe nenhum domínio com o ID %1.</translation>
    </message>
    <message>
        <source>Cannot add the domains.</source>
        <translation>Não foi possível adicionar os domínios.</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <source>Cannot keep the draft.</source>
        <translation>Não é possível guardar o rascunho.</translation>
    </message>
    <message>
        <source>Cannot save the draft %1.</source>
        <translation>Não é possível guardar o rascunho %1.</translation>
    </message>
</context>
<context>
    <name>DraftSending</name>
    <message>
        <source>No registry connection is set up.</source>
        <translation>Não há nenhuma ligação ao registo configurada.</translation>
    </message>
    <message>
        <source>Sending the change to the registry…</source>
        <translation>A enviar a alteração para o registo…</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Concluído: %1</translation>
    </message>
    <message>
        <source>The registry refused the change: %1</source>
        <translation>O registo recusou a alteração: %1</translation>
    </message>
    <message>
        <source>The outcome is unknown: %1
The desk asks the registry whether the change was applied before it sends it again.</source>
        <translation>O resultado é desconhecido: %1
Antes de a enviar de novo, o balcão pergunta ao registo se a alteração foi aplicada.</translation>
    </message>
    <message>
        <source>Not sent: %1
The draft is kept; send it again from the domain&apos;s drafts.</source>
        <translation>Não enviado: %1
O rascunho fica guardado; envie-o de novo a partir dos rascunhos do domínio.</translation>
    </message>
</context>
<context>
    <name>EmailValidator</name>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Introduza um endereço de e-mail.</translation>
    </message>
    <message>
        <source>The e-mail address contains a blank or invisible character (%1) at position %2.</source>
        <translation>O endereço de e-mail contém um espaço ou carácter invisível (%1) na posição %2.</translation>
    </message>
    <message>
        <source>“%1” is not a complete e-mail address; it should look like nome@exemplo.pt.</source>
        <translation>“%1” não é um endereço de e-mail completo; deve ter a forma nome@exemplo.pt.</translation>
    </message>
    <message>
        <source>The e-mail address has %1 characters; the limit is 254.</source>
        <translation>O endereço de e-mail tem %1 caracteres; o limite é 254.</translation>
    </message>
    <message>
        <source>The part before the “@” has %1 characters; the limit is 64.</source>
        <translation>A parte antes do “@” tem %1 caracteres; o limite é 64.</translation>
    </message>
    <message>
        <source>The e-mail address contains “%1” at position %2, which is not allowed there.</source>
        <translation>O endereço de e-mail contém “%1” na posição %2, o que não é permitido nesse local.</translation>
    </message>
    <message>
        <source>The e-mail address has a misplaced dot at position %1; a dot cannot start or end a part, or follow another dot.</source>
        <translation>O endereço de e-mail tem um ponto mal colocado na posição %1; um ponto não pode iniciar nem terminar uma parte, nem seguir-se a outro ponto.</translation>
    </message>
    <message>
        <source>Write the domain “%1” in its ASCII form, %2; the registry accepts only ASCII addresses.</source>
        <translation>Escreva o domínio “%1” na forma ASCII, %2; a entidade gestora só aceita endereços ASCII.</translation>
    </message>
    <message>
        <source>The domain “%1” has no top-level domain; it should end like exemplo.pt.</source>
        <translation>O domínio “%1” não tem domínio de topo; deve terminar como em exemplo.pt.</translation>
    </message>
    <message>
        <source>The domain label “%1” has %2 characters; the limit is 63.</source>
        <translation>O segmento de domínio “%1” tem %2 caracteres; o limite é 63.</translation>
    </message>
    <message>
        <source>The domain label “%1” starts or ends with a hyphen.</source>
        <translation>O segmento de domínio “%1” começa ou termina com hífen.</translation>
    </message>
</context>
<context>
    <name>FallbackCredentialStore</name>
    <message>
        <source>No system keychain answered, so passwords are kept in memory for this session only: nothing is written to disk, and you will be asked for them again next time.</source>
        <translation>Nenhum porta-chaves do sistema respondeu; por isso, as palavras-passe ficam apenas em memória durante esta sessão: nada é gravado no disco e serão pedidas de novo da próxima vez.</translation>
    </message>
</context>
<context>
    <name>FrameReader</name>
    <message>
        <source>A frame announced a length of %1 bytes; an EPP frame is at least 4 bytes long, its length header included.</source>
        <translation>Uma trama anunciou um comprimento de %1 bytes; uma trama EPP tem pelo menos 4 bytes, incluindo o cabeçalho de comprimento.</translation>
    </message>
    <message>
        <source>A frame announced a length of %1 bytes, more than the limit of %2 bytes.</source>
        <translation>Uma trama anunciou um comprimento de %1 bytes, acima do limite de %2 bytes.</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>Cannot add to the history of the domain %1: the entry has no time.</source>
        <translation>Não foi possível acrescentar ao histórico do domínio %1: a entrada não tem data e hora.</translation>
    </message>
    <message>
        <source>Cannot add to the history of the domain %1.</source>
        <translation>Não foi possível acrescentar ao histórico do domínio %1.</translation>
    </message>
</context>
<context>
    <name>HtmlRenderer</name>
    <message>
        <source>%1 · generated on %2</source>
        <extracomment>%1 the registrar&apos;s name, %2 date and time</extracomment>
        <translation>%1 · gerado em %2</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>Cannot record the import.</source>
        <translation>Não é possível registar a importação.</translation>
    </message>
    <message>
        <source>Cannot queue the imported domains for a refresh.</source>
        <translation>Não é possível pôr os domínios importados na fila de atualização.</translation>
    </message>
    <message>
        <source>The domain %1 has pending actions or drafts since it was imported; the import cannot be undone.</source>
        <translation>O domínio %1 tem ações pendentes ou rascunhos desde que foi importado; a importação não pode ser anulada.</translation>
    </message>
    <message>
        <source>Cannot remove the imported domains.</source>
        <translation>Não é possível remover os domínios importados.</translation>
    </message>
    <message>
        <source>The contact %1 holds domains since it was imported; the import cannot be undone.</source>
        <translation>O contacto %1 é titular de domínios desde que foi importado; a importação não pode ser anulada.</translation>
    </message>
    <message>
        <source>Cannot remove the imported contacts.</source>
        <translation>Não é possível remover os contactos importados.</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message numerus="yes">
        <source>removes the %n domain(s) it added</source>
        <translation>
            <numerusform>remove o %n domínio que acrescentou</numerusform>
            <numerusform>remove os %n domínios que acrescentou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removes the %n contact(s) it added</source>
        <translation>
            <numerusform>remove o %n contacto que acrescentou</numerusform>
            <numerusform>remove os %n contactos que acrescentou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restores the earlier values of %n domain(s) it changed</source>
        <translation>
            <numerusform>repõe os valores anteriores de %n domínio que alterou</numerusform>
            <numerusform>repõe os valores anteriores de %n domínios que alterou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restores the earlier values of %n contact(s) it changed</source>
        <translation>
            <numerusform>repõe os valores anteriores de %n contacto que alterou</numerusform>
            <numerusform>repõe os valores anteriores de %n contactos que alterou</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import %1, of %2 on %3 by %4? It %5 and %6.</source>
        <translation>Anular a importação %1, de %2 em %3 por %4? A anulação %5 e %6.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>um ficheiro</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Anular a última importação</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Não há nenhuma importação para anular.</translation>
    </message>
    <message>
        <source>&amp;Undo the import</source>
        <translation>&amp;Anular a importação</translation>
    </message>
    <message>
        <source>The database was left as it was.</source>
        <translation>A base de dados ficou como estava.</translation>
    </message>
    <message>
        <source>Import %1 is undone. Records removed: %2; restored: %3.</source>
        <translation>A importação %1 foi anulada. Registos removidos: %2; repostos: %3.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>on</source>
        <translation>ativada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use 2027-03-01, 01/03/2027, 01-03-2027 or an Excel date number.</source>
        <translation>&quot;%1&quot; não é uma data: use 2027-03-01, 01/03/2027, 01-03-2027 ou um número de data do Excel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no: use sim/não, yes/no, true/false or 1/0.</source>
        <translation>&quot;%1&quot; não é sim nem não: use sim/não, yes/no, true/false ou 1/0.</translation>
    </message>
    <message>
        <source>A domain name is required.</source>
        <translation>O nome de domínio é obrigatório.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a programme: use none, 3em1, 3em1-comercio or sitestar.</source>
        <translation>&quot;%1&quot; não é um programa: use none, 3em1, 3em1-comercio ou sitestar.</translation>
    </message>
    <message>
        <source>There is no contact with the handle %1; import the contacts first.</source>
        <translation>Não existe nenhum contacto com o identificador %1; importe primeiro os contactos.</translation>
    </message>
    <message>
        <source>A new domain needs its expiry date.</source>
        <translation>Um domínio novo requer a data de expiração.</translation>
    </message>
    <message>
        <source>A domain in the %1 programme needs its creation date.</source>
        <translation>Um domínio no programa %1 requer a data de registo.</translation>
    </message>
    <message>
        <source>The creation date %1 is after the expiry date %2.</source>
        <translation>A data de registo %1 é posterior à data de expiração %2.</translation>
    </message>
    <message>
        <source>%1 is also on line %2.</source>
        <translation>%1 também está na linha %2.</translation>
    </message>
    <message>
        <source>A contact handle is required.</source>
        <translation>O identificador do contacto é obrigatório.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of contact: use person or organisation.</source>
        <translation>&quot;%1&quot; não é um tipo de contacto: use person ou organisation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (ISO 3166-1).</source>
        <translation>&quot;%1&quot; não é um código de país de duas letras (ISO 3166-1).</translation>
    </message>
    <message>
        <source>The domain with id %1 disappeared during the import.</source>
        <translation>O domínio com o ID %1 desapareceu durante a importação.</translation>
    </message>
    <message>
        <source>The import was cancelled before every row was checked; nothing was written.</source>
        <translation>A importação foi cancelada antes de todas as linhas serem verificadas; nada foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; nothing was imported. Fix them and import again, or import only the valid rows.</source>
        <translation>
            <numerusform>%n linha rejeitada; nada foi importado. Corrija-a e importe de novo, ou importe só as linhas válidas.</numerusform>
            <numerusform>%n linhas rejeitadas; nada foi importado. Corrija-as e importe de novo, ou importe só as linhas válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>A importação foi cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>um ficheiro</translation>
    </message>
    <message>
        <source>Imported from %1 (import %2), expiring %3, auto-renew %4.</source>
        <translation>Importado de %1 (importação %2), expira a %3, renovação automática %4.</translation>
    </message>
    <message>
        <source>%1 disappeared during the import.</source>
        <translation>%1 desapareceu durante a importação.</translation>
    </message>
    <message>
        <source>Updated from %1 (import %2): %3</source>
        <translation>Atualizado a partir de %1 (importação %2): %3</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Não há nenhuma importação para anular.</translation>
    </message>
    <message>
        <source>Import %1 undone: the values from before it were restored.</source>
        <translation>Importação %1 anulada: foram repostos os valores anteriores.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2 &quot;%3&quot; (%4): %5</source>
        <translation>linha %1, coluna %2 &quot;%3&quot; (%4): %5</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Em dia</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminação</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>Renovação automática</translation>
    </message>
    <message>
        <source>Registrant verification</source>
        <translation>Verificação do titular</translation>
    </message>
    <message>
        <source>Owner change: current holder</source>
        <translation>Alteração de titular: titular atual</translation>
    </message>
    <message>
        <source>Owner change: new holder</source>
        <translation>Alteração de titular: novo titular</translation>
    </message>
    <message>
        <source>End of free year</source>
        <translation>Fim do ano gratuito</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Owner change</source>
        <translation>Alteração de titular</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Waiting for the current holder</source>
        <translation>À espera do titular atual</translation>
    </message>
    <message>
        <source>Waiting for the new holder</source>
        <translation>À espera do novo titular</translation>
    </message>
    <message>
        <source>Registry verifying the new holder</source>
        <translation>Registo a verificar o novo titular</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Current holder approved</source>
        <translation>Titular atual aprovou</translation>
    </message>
    <message>
        <source>New holder approved</source>
        <translation>Novo titular aprovou</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Servidores de nomes</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Renovação automática</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovação</translation>
    </message>
    <message>
        <source>Tech contacts</source>
        <translation>Contactos técnicos</translation>
    </message>
    <message>
        <source>DS records</source>
        <translation>registos DS</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Transferência (entrada)</translation>
    </message>
    <message>
        <source>Contact data</source>
        <translation>Dados de contacto</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusada</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>Verification requested</source>
        <translation>Verificação pedida</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verificação falhada</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Never compared with the registry</source>
        <translation>Nunca comparado com a entidade gestora</translation>
    </message>
    <message>
        <source>Active at the registry</source>
        <translation>Ativo na entidade gestora</translation>
    </message>
    <message>
        <source>Not at the registry</source>
        <translation>Inexistente na entidade gestora</translation>
    </message>
    <message>
        <source>Sponsored by another registrar</source>
        <translation>Gerido por outro registrar</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Telefonema</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>E-mail enviado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ativada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativada</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>No %1 is kept for the profile %2 in this session.</source>
        <translation>Não há %1 guardada para o perfil %2 nesta sessão.</translation>
    </message>
    <message>
        <source>memory only, for this session</source>
        <translation>apenas em memória, nesta sessão</translation>
    </message>
</context>
<context>
    <name>NifValidator</name>
    <message>
        <source>Enter a nine-digit tax number.</source>
        <translation>Introduza um número de contribuinte com nove algarismos.</translation>
    </message>
    <message>
        <source>“%1” is a foreign prefix; only Portuguese tax numbers are accepted, with or without “PT”.</source>
        <translation>“%1” é um prefixo estrangeiro; só são aceites números de contribuinte portugueses, com ou sem “PT”.</translation>
    </message>
    <message>
        <source>The tax number contains “%1” at position %2; only digits are allowed, optionally after “PT”.</source>
        <translation>O número de contribuinte contém “%1” na posição %2; só são permitidos algarismos, opcionalmente precedidos de “PT”.</translation>
    </message>
    <message>
        <source>A tax number has nine digits, but “%1” has %2.</source>
        <translation>Um número de contribuinte tem nove algarismos, mas “%1” tem %2.</translation>
    </message>
    <message>
        <source>The tax number %1 starts with 0, which no Portuguese tax number does.</source>
        <translation>O número de contribuinte %1 começa por 0, o que não acontece em nenhum número de contribuinte português.</translation>
    </message>
    <message>
        <source>The check digit is %1, but for %2 it must be %3.</source>
        <translation>O dígito de controlo é %1, mas para %2 deve ser %3.</translation>
    </message>
    <message>
        <source>%1 is an individual’s tax number (it starts with %2); an organisation’s NIPC starts with 5, 6, 7, 8 or 9.</source>
        <translation>%1 é o NIF de uma pessoa singular (começa por %2); o NIPC de uma pessoa coletiva começa por 5, 6, 7, 8 ou 9.</translation>
    </message>
</context>
<context>
    <name>PanelText</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>A enviar</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Action opened</source>
        <translation>Ação aberta</translation>
    </message>
    <message>
        <source>Action advanced</source>
        <translation>Ação avançou</translation>
    </message>
    <message>
        <source>Action closed</source>
        <translation>Ação fechada</translation>
    </message>
    <message>
        <source>Action assigned</source>
        <translation>Ação atribuída</translation>
    </message>
    <message>
        <source>Action note</source>
        <translation>Nota da ação</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Registry change</source>
        <translation>Alteração no registo</translation>
    </message>
    <message>
        <source>Gone from the registry</source>
        <translation>Desaparecido do registo</translation>
    </message>
    <message>
        <source>Transferred away</source>
        <translation>Transferido para outro registrar</translation>
    </message>
    <message>
        <source>Back at the registry</source>
        <translation>De volta ao registo</translation>
    </message>
    <message>
        <source>Registry message</source>
        <translation>Mensagem do registo</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registo de contactos</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativada</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nenhum.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>Generated on %1</source>
        <translation>Gerado em %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 this page, %2 how many pages</extracomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Não é possível gravar %1: %2.</translation>
    </message>
</context>
<context>
    <name>PhoneValidator</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Introduza um número de telefone.</translation>
    </message>
    <message>
        <source>The phone number contains “%1” at position %2; use digits, spaces, dots or hyphens after a “+” and the country code.</source>
        <translation>O número de telefone contém “%1” na posição %2; use algarismos, espaços, pontos ou hífenes, a seguir a um “+” e ao indicativo do país.</translation>
    </message>
    <message>
        <source>“%1” has %2 digits; a Portuguese number has nine, and a foreign one needs “+” and its country code, as in +44.2071234567.</source>
        <translation>“%1” tem %2 algarismos; um número português tem nove, e um número estrangeiro precisa de “+” e do indicativo do país, como em +44.2071234567.</translation>
    </message>
    <message>
        <source>“+%1” is not a country code; country codes have one to three digits and never start with 0.</source>
        <translation>“+%1” não é um indicativo de país; os indicativos de país têm de um a três algarismos e nunca começam por 0.</translation>
    </message>
    <message>
        <source>A Portuguese number has nine digits, but %1 has %2.</source>
        <translation>Um número português tem nove algarismos, mas %1 tem %2.</translation>
    </message>
    <message>
        <source>Portuguese numbers start with 2, 3, 7, 8 or 9, but %1 starts with %2.</source>
        <translation>Os números portugueses começam por 2, 3, 7, 8 ou 9, mas %1 começa por %2.</translation>
    </message>
    <message>
        <source>The number after the country code +%1 has %2 digits; it must have %3 to %4.</source>
        <translation>O número a seguir ao indicativo +%1 tem %2 algarismos; deve ter entre %3 e %4.</translation>
    </message>
</context>
<context>
    <name>PortfolioService</name>
    <message>
        <source>Contact %1, field &quot;%2&quot;: %3</source>
        <translation>Contacto %1, campo &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The contact handle &quot;%1&quot; is not valid: use 3 to 16 letters, digits, dots, hyphens or underscores.</source>
        <translation>O identificador de contacto &quot;%1&quot; não é válido: use de 3 a 16 letras, algarismos, pontos, hífenes ou sublinhados.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>O nome é obrigatório.</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>número de contribuinte</translation>
    </message>
    <message>
        <source>A VAT number (NIF or NIPC) is required.</source>
        <translation>O número de contribuinte (NIF ou NIPC) é obrigatório.</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>mobile phone</source>
        <translation>telemóvel</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>identity document</source>
        <translation>documento de identificação</translation>
    </message>
    <message>
        <source>%1: the expiry date is required.</source>
        <translation>%1: a data de expiração é obrigatória.</translation>
    </message>
    <message>
        <source>%1: the creation date %2 is after the expiry date %3.</source>
        <translation>%1: a data de criação %2 é posterior à data de expiração %3.</translation>
    </message>
    <message>
        <source>The domain with id %1 disappeared while it was being updated.</source>
        <translation>O domínio com o ID %1 desapareceu enquanto estava a ser atualizado.</translation>
    </message>
    <message>
        <source>Added to the portfolio, expiring %1, auto-renew %2.</source>
        <translation>Adicionado à carteira; expira em %1, renovação automática %2.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativada</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>There is no domain named %1 in the portfolio.</source>
        <translation>Não existe nenhum domínio %1 na carteira.</translation>
    </message>
    <message>
        <source>%1 already has an open action of this kind (action %2); close it before opening another.</source>
        <translation>%1 já tem uma ação deste tipo em aberto (ação %2); feche-a antes de abrir outra.</translation>
    </message>
    <message>
        <source>There is no contact with the handle %1.</source>
        <translation>Não existe nenhum contacto com o identificador %1.</translation>
    </message>
    <message>
        <source>Owner change opened at %1.</source>
        <translation>Alteração de titular aberta em %1.</translation>
    </message>
    <message>
        <source>Registrant verification opened at %1.</source>
        <translation>Verificação do titular aberta em %1.</translation>
    </message>
    <message>
        <source>There is no action with id %1.</source>
        <translation>Não existe nenhuma ação com o ID %1.</translation>
    </message>
    <message>
        <source>Action %1 is closed already.</source>
        <translation>A ação %1 já está fechada.</translation>
    </message>
    <message>
        <source>Action %1: %2 is before its last step (%3).</source>
        <translation>Ação %1: %2 é anterior à última etapa (%3).</translation>
    </message>
    <message>
        <source>The current holder approved the owner change at %1.</source>
        <translation>O titular atual aprovou a alteração de titular em %1.</translation>
    </message>
    <message>
        <source>The new holder approved the owner change at %1; the registry now verifies the new holder.</source>
        <translation>O novo titular aprovou a alteração de titular em %1; a entidade gestora vai agora verificar o novo titular.</translation>
    </message>
    <message>
        <source>Action %1 has no further step; close it with its outcome.</source>
        <translation>A ação %1 não tem mais etapas; feche-a indicando o resultado.</translation>
    </message>
    <message>
        <source>Action %1: say what the outcome was.</source>
        <translation>Ação %1: indique qual foi o resultado.</translation>
    </message>
    <message>
        <source>Action %1 closed at %2: %3</source>
        <translation>Ação %1 fechada em %2: %3</translation>
    </message>
    <message>
        <source>Unknown setting %1; the alert thresholds are %2.</source>
        <translation>A definição %1 não existe; os limiares de alerta são %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number of days from 0 to 3650.</source>
        <translation>%1: &quot;%2&quot; não é um número de dias entre 0 e 3650.</translation>
    </message>
    <message>
        <source>The alert thresholds must stay in order: critical (%1 days) &lt;= warning (%2 days) &lt;= notice (%3 days).</source>
        <translation>Os limiares de alerta têm de manter a ordem: crítico (%1 dias) &lt;= atenção (%2 dias) &lt;= aviso (%3 dias).</translation>
    </message>
    <message>
        <source>%1: the date %2 is outside the years %3 to %4.</source>
        <translation>%1: a data %2 está fora dos anos %3 a %4.</translation>
    </message>
    <message>
        <source>%1: a domain in the %2 programme needs its creation date.</source>
        <translation>%1: um domínio do programa %2 precisa da data de criação.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>ROID</source>
        <translation>ROID</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>estados</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>tech contacts</source>
        <translation>contactos técnicos</translation>
    </message>
    <message>
        <source>name servers</source>
        <translation>servidores de nomes</translation>
    </message>
    <message>
        <source>DS records</source>
        <translation>registos DS</translation>
    </message>
    <message>
        <source>created</source>
        <translation>criação</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>expiração</translation>
    </message>
    <message>
        <source>auto-renew</source>
        <translation>renovação automática</translation>
    </message>
    <message>
        <source>arbitration</source>
        <translation>arbitragem</translation>
    </message>
    <message>
        <source>owner confirmation</source>
        <translation>confirmação do titular</translation>
    </message>
    <message>
        <source>registry lock</source>
        <translation>bloqueio do registo</translation>
    </message>
    <message>
        <source>The registry says %1 sponsors this domain now: it was transferred away.</source>
        <translation>A entidade gestora indica que o domínio está agora com %1: foi transferido para outro registrador.</translation>
    </message>
    <message>
        <source>The registry shows this domain as ours again.</source>
        <translation>A entidade gestora volta a mostrar este domínio como nosso.</translation>
    </message>
    <message>
        <source>Refreshed from the registry: %1</source>
        <translation>Atualizado a partir da entidade gestora: %1</translation>
    </message>
    <message>
        <source>The registry does not have this domain (%1); it stays in the portfolio, flagged.</source>
        <translation>A entidade gestora não tem este domínio (%1); fica na carteira, assinalado.</translation>
    </message>
    <message>
        <source>The registry will not show this domain to us (%1): another registrar sponsors it.</source>
        <translation>A entidade gestora não nos mostra este domínio (%1): está com outro registrador.</translation>
    </message>
    <message>
        <source>The registry shows the new holder %1: the owner change is done.</source>
        <translation>A entidade gestora mostra o novo titular %1: a alteração de titular está concluída.</translation>
    </message>
    <message>
        <source>The domain was transferred to another registrar.</source>
        <translation>O domínio foi transferido para outro registrador.</translation>
    </message>
    <message>
        <source>The domain was deleted at the registry.</source>
        <translation>O domínio foi eliminado na entidade gestora.</translation>
    </message>
    <message>
        <source>Registry message %1: %2</source>
        <translation>Mensagem da entidade gestora %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name.</source>
        <translation>&quot;%1&quot; não é um nome de servidor.</translation>
    </message>
    <message>
        <source>Give 2 to 13 name servers.</source>
        <translation>Indique de 2 a 13 servidores de nomes.</translation>
    </message>
    <message>
        <source>Draft: name servers %1.</source>
        <translation>Rascunho: servidores de nomes %1.</translation>
    </message>
    <message>
        <source>Auto-renew is on or off, not &quot;%1&quot;.</source>
        <translation>A renovação automática é on ou off, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Draft: auto-renew %1.</source>
        <translation>Rascunho: renovação automática %1.</translation>
    </message>
    <message>
        <source>A .pt domain is renewed for 1, 3 or 5 years, not &quot;%1&quot;.</source>
        <translation>Um domínio .pt renova-se por 1, 3 ou 5 anos, não &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Draft: renew for %n year(s).</source>
        <translation>
            <numerusform>Rascunho: renovar por %n ano.</numerusform>
            <numerusform>Rascunho: renovar por %n anos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: owner change to %1.</source>
        <translation>Rascunho: alteração de titular para %1.</translation>
    </message>
    <message>
        <source>The owner change was refused at the registry; %1 is still the holder. (%2)</source>
        <translation>A alteração de titular foi recusada na entidade gestora; %1 continua a ser o titular. (%2)</translation>
    </message>
    <message>
        <source>The owner change lapsed: a holder did not answer within 8 days, and %1 is still the holder.</source>
        <translation>A alteração de titular caducou: um titular não respondeu no prazo de 8 dias e %1 continua a ser o titular.</translation>
    </message>
    <message>
        <source>The owner change ended at the registry without taking effect (refused or cancelled); %1 is still the holder.</source>
        <translation>A alteração de titular terminou na entidade gestora sem efeito (recusada ou cancelada); %1 continua a ser o titular.</translation>
    </message>
    <message>
        <source>The registry shows the holder %1 instead of %2, the new holder of the last owner change: the change was reversed.</source>
        <translation>A entidade gestora mostra o titular %1 em vez de %2, o novo titular da última alteração de titular: a alteração foi revertida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DS record: give key tag, algorithm, digest type and digest.</source>
        <translation>&quot;%1&quot; não é um registo DS: indique key tag, algoritmo, tipo de resumo e resumo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DS record (key tag 0-65535, algorithm 1-255, digest type 1, 2 or 4 with a digest of its length in hex).</source>
        <translation>&quot;%1&quot; não é um registo DS válido (key tag 0-65535, algoritmo 1-255, tipo de resumo 1, 2 ou 4 com um resumo do respetivo comprimento em hexadecimal).</translation>
    </message>
    <message>
        <source>Give at least one tech contact.</source>
        <translation>Indique pelo menos um contacto técnico.</translation>
    </message>
    <message>
        <source>Draft: tech contacts %1.</source>
        <translation>Rascunho: contactos técnicos %1.</translation>
    </message>
    <message>
        <source>Draft: no DS records (DNSSEC off).</source>
        <translation>Rascunho: sem registos DS (DNSSEC desligado).</translation>
    </message>
    <message>
        <source>Draft: DS records %1.</source>
        <translation>Rascunho: registos DS %1.</translation>
    </message>
    <message>
        <source>Draft: transfer in to this registrar; the auth code is asked when it is sent.</source>
        <translation>Rascunho: transferência para este registrador; o código de autorização é pedido no envio.</translation>
    </message>
    <message>
        <source>Draft: delete the domain at the registry.</source>
        <translation>Rascunho: eliminar o domínio na entidade gestora.</translation>
    </message>
    <message>
        <source>Give the contact&apos;s new e-mail, phone or mobile.</source>
        <translation>Indique o novo e-mail, telefone ou telemóvel do contacto.</translation>
    </message>
    <message>
        <source>Draft: contact %1: %2.</source>
        <translation>Rascunho: contacto %1: %2.</translation>
    </message>
    <message>
        <source>%1 is neither the holder nor a tech contact of %2.</source>
        <translation>%1 não é o titular nem um contacto técnico de %2.</translation>
    </message>
</context>
<context>
    <name>PostcodeValidator</name>
    <message>
        <source>Enter a postcode.</source>
        <translation>Introduza um código postal.</translation>
    </message>
    <message>
        <source>The postcode contains “%1” at position %2; write it as four digits, a hyphen and three digits, as in 1000-001.</source>
        <translation>O código postal contém “%1” na posição %2; escreva-o com quatro algarismos, um hífen e três algarismos, como em 1000-001.</translation>
    </message>
    <message>
        <source>“%1” is not a postcode; Portuguese postcodes have four digits, a hyphen and three digits, as in 1000-001.</source>
        <translation>“%1” não é um código postal; os códigos postais portugueses têm quatro algarismos, um hífen e três algarismos, como em 1000-001.</translation>
    </message>
    <message>
        <source>Portuguese postcodes start with a digit from 1 to 9, but %1 starts with 0.</source>
        <translation>Os códigos postais portugueses começam por um algarismo de 1 a 9, mas %1 começa por 0.</translation>
    </message>
</context>
<context>
    <name>RegistryConnection</name>
    <message>
        <source>%1: cannot read %2 (%3).</source>
        <translation>%1: não é possível ler %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is empty.</source>
        <translation>%1: %2 está vazio.</translation>
    </message>
    <message>
        <source>Give either --profile or --registry, not both.</source>
        <translation>Indique --profile ou --registry, não ambos.</translation>
    </message>
    <message>
        <source>--profile: there is no registry profile named %1.</source>
        <translation>--profile: não existe nenhum perfil de ligação chamado %1.</translation>
    </message>
    <message>
        <source>--registry: &quot;%1&quot; is not a port from 1 to 65535.</source>
        <translation>--registry: &quot;%1&quot; não é uma porta entre 1 e 65535.</translation>
    </message>
    <message>
        <source>Say which registry to use: --profile NAME, or --registry HOST:PORT with --login and --password-file.</source>
        <translation>Indique a que entidade gestora ligar: --profile NOME, ou --registry SERVIDOR:PORTA com --login e --password-file.</translation>
    </message>
    <message>
        <source>%1 Give the password with --password-file FILE.</source>
        <translation>%1 Indique a palavra-passe com --password-file FICHEIRO.</translation>
    </message>
    <message>
        <source>--registry needs --password-file FILE: the password is never given on the command line, where other users could see it.</source>
        <translation>--registry requer --password-file FICHEIRO: a palavra-passe nunca é dada na linha de comandos, onde outros utilizadores a poderiam ver.</translation>
    </message>
</context>
<context>
    <name>RegistryProfiles</name>
    <message>
        <source>The profile name must be 1 to 32 letters, digits, dots, hyphens or underscores, starting with a letter or a digit.</source>
        <translation>O nome do perfil deve ter de 1 a 32 letras, algarismos, pontos, hífenes ou sublinhados, e começar por uma letra ou um algarismo.</translation>
    </message>
    <message>
        <source>Fill in the host name of the registry&apos;s EPP server.</source>
        <translation>Indique o nome do servidor EPP da entidade gestora.</translation>
    </message>
    <message>
        <source>The host %1 is not a host name or an address: no spaces, no scheme, no path.</source>
        <translation>O servidor %1 não é um nome de servidor nem um endereço: sem espaços, sem esquema e sem caminho.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>A porta deve estar entre 1 e 65535.</translation>
    </message>
    <message numerus="yes">
        <source>The login id must have 3 to 16 characters; it has %n.</source>
        <translation>
            <numerusform>O identificador de acesso deve ter de 3 a 16 carateres; tem %n.</numerusform>
            <numerusform>O identificador de acesso deve ter de 3 a 16 carateres; tem %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login id cannot start or end with a space, hold two spaces in a row, a tab or a line break.</source>
        <translation>O identificador de acesso não pode começar nem acabar com um espaço, nem conter dois espaços seguidos, uma tabulação ou uma quebra de linha.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>O ficheiro de certificado da AC %1 não existe.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 is not a file this program can read.</source>
        <translation>O ficheiro de certificado da AC %1 não é um ficheiro que este programa consiga ler.</translation>
    </message>
    <message>
        <source>The client certificate file %1 does not exist.</source>
        <translation>O ficheiro de certificado de cliente %1 não existe.</translation>
    </message>
    <message>
        <source>The client certificate file %1 is not a file this program can read.</source>
        <translation>O ficheiro de certificado de cliente %1 não é um ficheiro que este programa consiga ler.</translation>
    </message>
    <message>
        <source>The client key file %1 does not exist.</source>
        <translation>O ficheiro da chave de cliente %1 não existe.</translation>
    </message>
    <message>
        <source>The client key file %1 is not a file this program can read.</source>
        <translation>O ficheiro da chave de cliente %1 não é um ficheiro que este programa consiga ler.</translation>
    </message>
    <message>
        <source>The registry profile %1 cannot be saved:</source>
        <translation>Não é possível guardar o perfil de ligação %1:</translation>
    </message>
    <message>
        <source>There is no registry profile named %1.</source>
        <translation>Não existe nenhum perfil de ligação chamado %1.</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Não é possível gravar o ficheiro de definições %1.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>The window ends (%1) before it starts (%2).</source>
        <translation>O intervalo termina (%1) antes de começar (%2).</translation>
    </message>
    <message>
        <source>Registrar Desk</source>
        <translation>Registrar Desk</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3 (%4)</source>
        <extracomment>%1 ISO week number, %2 Monday, %3 Sunday, %4 how many domains</extracomment>
        <translation>Semana %1: %2 a %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domínio</numerusform>
            <numerusform>%n domínios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deletions per week, next %n week(s)</source>
        <translation>
            <numerusform>Eliminações por semana, na próxima %n semana</numerusform>
            <numerusform>Eliminações por semana, nas próximas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletions in each week from the week of %1: %2.</source>
        <extracomment>%1 the first Monday, %2 the weekly counts, comma-separated</extracomment>
        <translation>Eliminações em cada semana, a partir da semana de %1: %2.</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Resumo diário</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Data-limite</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>O que significa</translation>
    </message>
    <message>
        <source>Nothing is overdue or due today.</source>
        <translation>Nada está em atraso nem termina hoje.</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminação</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No domain is deleted in the next 7 days.</source>
        <translation>Nenhum domínio é eliminado nos próximos 7 dias.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberta em</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo prazo</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>No verification or owner change is waiting.</source>
        <translation>Nenhuma verificação ou alteração de titular está pendente.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Registry&apos;s answer</source>
        <translation>Resposta da entidade gestora</translation>
    </message>
    <message>
        <source>No change was refused or left without an answer.</source>
        <translation>Nenhuma alteração foi recusada ou ficou sem resposta.</translation>
    </message>
    <message>
        <source>Refresh started</source>
        <translation>Início da atualização</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Âmbito</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificados</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhados</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Every refresh of the last 7 days finished without failures.</source>
        <translation>Todas as atualizações dos últimos 7 dias terminaram sem falhas.</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Por terminar</translation>
    </message>
    <message>
        <source>Overdue or due today</source>
        <translation>Em atraso ou para hoje</translation>
    </message>
    <message>
        <source>Deletions in the next 7 days</source>
        <translation>Eliminações nos próximos 7 dias</translation>
    </message>
    <message>
        <source>Verifications and owner changes waiting</source>
        <translation>Verificações e alterações de titular pendentes</translation>
    </message>
    <message>
        <source>Changes refused or without an answer</source>
        <translation>Alterações recusadas ou sem resposta</translation>
    </message>
    <message>
        <source>Refreshes with failures</source>
        <translation>Atualizações com falhas</translation>
    </message>
    <message>
        <source>Overdue and due today</source>
        <translation>Em atraso e para hoje</translation>
    </message>
    <message>
        <source>Deletions per week</source>
        <translation>Eliminações por semana</translation>
    </message>
    <message>
        <source>Failed changes and refreshes</source>
        <translation>Alterações e atualizações falhadas</translation>
    </message>
    <message>
        <source>Changes for the registry</source>
        <translation>Alterações para a entidade gestora</translation>
    </message>
    <message>
        <source>Refreshes from the registry</source>
        <translation>Atualizações a partir da entidade gestora</translation>
    </message>
    <message>
        <source>Deletions and expiries</source>
        <translation>Eliminações e expirações</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Intervalo</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from now</source>
        <translation>
            <numerusform>%n dia a partir de agora</numerusform>
            <numerusform>%n dias a partir de agora</numerusform>
        </translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Eliminações</translation>
    </message>
    <message>
        <source>Expiries renewed automatically</source>
        <translation>Expirações com renovação automática</translation>
    </message>
    <message>
        <source>No domain is deleted or expires in this window.</source>
        <translation>Nenhum domínio é eliminado nem expira neste intervalo.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Due (UTC)</source>
        <translation>Data-limite (UTC)</translation>
    </message>
    <message>
        <source>A-label</source>
        <translation>A-label</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Renovação automática</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Ações pendentes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Open, by kind, level and assignee</source>
        <translation>Abertas, por tipo, nível e responsável</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No action is open.</source>
        <translation>Nenhuma ação está aberta.</translation>
    </message>
    <message>
        <source>By assignee</source>
        <translation>Por responsável</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Next deadline (UTC)</source>
        <translation>Próximo prazo (UTC)</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Aberta em (UTC)</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>Novo titular</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Nenhuma aberta.</translation>
    </message>
    <message>
        <source>There is no domain named %1 in the portfolio.</source>
        <translation>Não existe nenhum domínio %1 na carteira.</translation>
    </message>
    <message>
        <source>Domain dossier</source>
        <translation>Dossiê do domínio</translation>
    </message>
    <message>
        <source>Registry object id</source>
        <translation>Identificador na entidade gestora (ROID)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registado em</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>EPP statuses</source>
        <translation>Estados EPP</translation>
    </message>
    <message>
        <source>Owner confirmation</source>
        <translation>Confirmação do titular</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Arbitragem</translation>
    </message>
    <message>
        <source>Registry lock</source>
        <translation>Bloqueio na entidade gestora</translation>
    </message>
    <message>
        <source>At the registry</source>
        <translation>Na entidade gestora</translation>
    </message>
    <message>
        <source>Last compared with the registry</source>
        <translation>Última comparação com a entidade gestora</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>No contacts recorded.</source>
        <translation>Nenhum contacto registado.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Name server</source>
        <translation>Servidor de nomes</translation>
    </message>
    <message>
        <source>Addresses (glue)</source>
        <translation>Endereços (glue)</translation>
    </message>
    <message>
        <source>No name servers recorded.</source>
        <translation>Nenhum servidor de nomes registado.</translation>
    </message>
    <message>
        <source>Name servers and DNSSEC</source>
        <translation>Servidores de nomes e DNSSEC</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>Key tag</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Digest type</source>
        <translation>Tipo de resumo</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>This domain has no deadline.</source>
        <translation>Este domínio não tem prazos.</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No action was ever opened for this domain.</source>
        <translation>Nunca foi aberta nenhuma ação para este domínio.</translation>
    </message>
    <message>
        <source>New holder: %1</source>
        <translation>Novo titular: %1</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparada em</translation>
    </message>
    <message>
        <source>No change was prepared for the registry.</source>
        <translation>Nenhuma alteração foi preparada para a entidade gestora.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation>Nenhum histórico registado.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>There is no contact with the handle %1.</source>
        <translation>Não existe nenhum contacto com o identificador %1.</translation>
    </message>
    <message>
        <source>Personal data report</source>
        <translation>Relatório de dados pessoais</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Right of access (GDPR, article 15): every piece of personal data the registrar keeps about this contact, where it is used, and how it changed.</source>
        <translation>Direito de acesso (RGPD, artigo 15.º): todos os dados pessoais que o registrar guarda sobre este contacto, onde são usados e como foram alterados.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localidade</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Telemóvel</translation>
    </message>
    <message>
        <source>Tax number (VAT)</source>
        <translation>Número de contribuinte (NIF/NIPC)</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento de identificação</translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation>Verificação da identidade</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Registo criado em</translation>
    </message>
    <message>
        <source>Record last changed</source>
        <translation>Última alteração do registo</translation>
    </message>
    <message>
        <source>Personal data kept</source>
        <translation>Dados pessoais guardados</translation>
    </message>
    <message>
        <source>Why it is kept and who receives it</source>
        <translation>Porque são guardados e quem os recebe</translation>
    </message>
    <message>
        <source>The data is kept to register and manage the .pt domains listed below on the holder&apos;s behalf, and is sent to the .PT registry (DNS.PT) as its registration rules require.</source>
        <translation>Os dados são guardados para registar e gerir, em nome do titular, os domínios .pt indicados abaixo, e são enviados à entidade gestora do .PT (DNS.PT) conforme as suas regras de registo exigem.</translation>
    </message>
    <message>
        <source>This contact is not used by any domain.</source>
        <translation>Este contacto não é usado por nenhum domínio.</translation>
    </message>
    <message>
        <source>Where it is used</source>
        <translation>Onde são usados</translation>
    </message>
    <message>
        <source>Part in it</source>
        <translation>Papel na ação</translation>
    </message>
    <message>
        <source>No action concerns this contact.</source>
        <translation>Nenhuma ação diz respeito a este contacto.</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <source>The desk keeps no earlier versions of a contact record: a change replaces the old value. The record was created on %1 and last changed on %2. The domains&apos; history lines that name this contact follow.</source>
        <translation>O programa não guarda versões anteriores de um contacto: cada alteração substitui o valor antigo. O registo foi criado em %1 e alterado pela última vez em %2. Seguem-se as linhas do histórico dos domínios que referem este contacto.</translation>
    </message>
    <message>
        <source>No history line names this contact.</source>
        <translation>Nenhuma linha do histórico refere este contacto.</translation>
    </message>
    <message>
        <source>Promotional programmes</source>
        <translation>Programas promocionais</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <source>Free year running</source>
        <translation>Ano gratuito a decorrer</translation>
    </message>
    <message>
        <source>Free year ended, not converted</source>
        <translation>Ano gratuito terminado, não convertido</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domínios</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Free year ends</source>
        <translation>Fim do ano gratuito</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dias restantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>No domain is in a promotional programme.</source>
        <translation>Nenhum domínio está num programa promocional.</translation>
    </message>
    <message>
        <source>Registered (UTC)</source>
        <translation>Registado em (UTC)</translation>
    </message>
    <message>
        <source>Free year ends (UTC)</source>
        <translation>Fim do ano gratuito (UTC)</translation>
    </message>
    <message>
        <source>Domains by end of free year</source>
        <translation>Domínios por fim do ano gratuito</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>A stand-in for the .PT registry: EPP over TLS on loopback, with the .PT extensions and policies, for tests and demonstrations.</source>
        <translation>Um substituto do registo .PT: EPP sobre TLS na interface local, com as extensões e regras do .PT, para testes e demonstrações.</translation>
    </message>
    <message>
        <source>Port to listen on (0: any free port).</source>
        <translation>Porta onde escutar (0: qualquer porta livre).</translation>
    </message>
    <message>
        <source>Start with a generated portfolio of N domains.</source>
        <translation>Começar com uma carteira gerada de N domínios.</translation>
    </message>
    <message>
        <source>Seed of the generated portfolio.</source>
        <translation>Semente da carteira gerada.</translation>
    </message>
    <message>
        <source>Start the registry&apos;s clock at this moment (ISO 8601 with a zone).</source>
        <translation>Iniciar o relógio do registo neste momento (ISO 8601 com fuso horário).</translation>
    </message>
    <message>
        <source>Write the certificate authority clients must trust to FILE.</source>
        <translation>Gravar em FICHEIRO a autoridade de certificação em que os clientes devem confiar.</translation>
    </message>
    <message>
        <source>Write the password of the sandbox registrar to FILE.</source>
        <translation>Gravar em FICHEIRO a palavra-passe do registrador do ambiente de testes.</translation>
    </message>
    <message>
        <source>Serve this certificate (PEM) instead of a generated one; needs --key.</source>
        <translation>Usar este certificado (PEM) em vez de um gerado; requer --key.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --cert.</source>
        <translation>Chave privada (PEM) de --cert.</translation>
    </message>
    <message>
        <source>pt_PT or en (default: the system&apos;s).</source>
        <translation>pt_PT ou en (por omissão: o do sistema).</translation>
    </message>
    <message>
        <source>--port must be 0 to 65535.</source>
        <translation>--port deve estar entre 0 e 65535.</translation>
    </message>
    <message>
        <source>--domains must be a number of domains.</source>
        <translation>--domains deve ser um número de domínios.</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 moment with a zone.</source>
        <translation>--now requer um momento ISO 8601 com fuso horário.</translation>
    </message>
    <message>
        <source>--cert and --key go together.</source>
        <translation>--cert e --key usam-se em conjunto.</translation>
    </message>
    <message>
        <source>Cannot read --cert or --key.</source>
        <translation>Não é possível ler --cert ou --key.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <source>registry-sandbox listening on 127.0.0.1:%1</source>
        <translation>registry-sandbox à escuta em 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>login %1; %2 domains, %3 contacts</source>
        <translation>acesso %1; %2 domínios, %3 contactos</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot save the setting %1.</source>
        <translation>Não foi possível guardar a definição %1.</translation>
    </message>
    <message>
        <source>Cannot remove the setting %1.</source>
        <translation>Não foi possível remover a definição %1.</translation>
    </message>
</context>
<context>
    <name>SyncRepository</name>
    <message>
        <source>Cannot record the start of the refresh.</source>
        <translation>Não é possível registar o início da atualização.</translation>
    </message>
    <message>
        <source>Cannot record the progress of the refresh.</source>
        <translation>Não é possível registar o progresso da atualização.</translation>
    </message>
    <message>
        <source>Cannot record what the registry said of the domain.</source>
        <translation>Não é possível registar o que a entidade gestora indicou sobre o domínio.</translation>
    </message>
    <message>
        <source>Cannot record what the registry said of the contact.</source>
        <translation>Não é possível registar o que a entidade gestora indicou sobre o contacto.</translation>
    </message>
</context>
<context>
    <name>SystemCredentialStore</name>
    <message>
        <source>system keychain</source>
        <translation>porta-chaves do sistema</translation>
    </message>
    <message>
        <source>Cannot save the %1 of the profile %2 in the %3.</source>
        <translation>Não é possível guardar a %1 do perfil %2 no %3.</translation>
    </message>
    <message>
        <source>No %1 is stored for the profile %2 in the %3.</source>
        <translation>Não há %1 guardada para o perfil %2 no %3.</translation>
    </message>
    <message>
        <source>Cannot read the %1 of the profile %2 from the %3.</source>
        <translation>Não é possível ler a %1 do perfil %2 no %3.</translation>
    </message>
    <message>
        <source>Cannot remove the %1 of the profile %2 from the %3.</source>
        <translation>Não é possível remover a %1 do perfil %2 do %3.</translation>
    </message>
    <message>
        <source>The %1 does not answer.</source>
        <translation>O %1 não responde.</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>The file is not valid UTF-8; give its encoding (for example windows-1252).</source>
        <translation>O ficheiro não é UTF-8 válido; indique a codificação (por exemplo windows-1252).</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16: it has an odd number of bytes.</source>
        <translation>O ficheiro não é UTF-16 válido: tem um número ímpar de bytes.</translation>
    </message>
    <message>
        <source>The file is not valid %1.</source>
        <translation>O ficheiro não é %1 válido.</translation>
    </message>
    <message>
        <source>Byte 0x%1 at offset %2 is not a character in windows-1252.</source>
        <translation>O byte 0x%1 na posição %2 não é um carácter em windows-1252.</translation>
    </message>
</context>
<context>
    <name>rd::Epp</name>
    <message>
        <source>The EPP response has a result without a valid code (“%1”); codes run from 1000 to 2999.</source>
        <translation>A resposta EPP tem um resultado sem código válido («%1»); os códigos vão de 1000 a 2999.</translation>
    </message>
    <message>
        <source>The message is not EPP: its root element is &lt;%1&gt; in the namespace “%2”, where &lt;epp&gt; in “%3” was expected.</source>
        <translation>A mensagem não é EPP: o elemento raiz é &lt;%1&gt; no espaço de nomes «%2», quando se esperava &lt;epp&gt; em «%3».</translation>
    </message>
    <message>
        <source>The EPP message is empty, not a greeting.</source>
        <translation>A mensagem EPP está vazia; não é uma saudação.</translation>
    </message>
    <message>
        <source>The EPP message is a &lt;%1&gt;, not a greeting.</source>
        <translation>A mensagem EPP é um &lt;%1&gt;, não uma saudação.</translation>
    </message>
    <message>
        <source>The EPP message is empty, not a response.</source>
        <translation>A mensagem EPP está vazia; não é uma resposta.</translation>
    </message>
    <message>
        <source>The EPP message is a &lt;%1&gt;, not a response.</source>
        <translation>A mensagem EPP é um &lt;%1&gt;, não uma resposta.</translation>
    </message>
    <message>
        <source>The EPP response has no result code.</source>
        <translation>A resposta EPP não tem código de resultado.</translation>
    </message>
    <message>
        <source>The XML document is empty.</source>
        <translation>O documento XML está vazio.</translation>
    </message>
    <message>
        <source>The XML declares a document type (DOCTYPE) or entities, which EPP does not allow; it was refused.</source>
        <translation>O XML declara um tipo de documento (DOCTYPE) ou entidades, o que o EPP não permite; foi recusado.</translation>
    </message>
    <message>
        <source>The XML refers to an undeclared entity (&amp;%1;).</source>
        <translation>O XML refere uma entidade não declarada (&amp;%1;).</translation>
    </message>
    <message>
        <source>The XML nests elements more than %1 levels deep.</source>
        <translation>O XML encaixa elementos a mais de %1 níveis de profundidade.</translation>
    </message>
    <message>
        <source>the document ends before it is complete</source>
        <translation>o documento termina antes de estar completo</translation>
    </message>
    <message>
        <source>The XML is not well formed (line %1, column %2): %3.</source>
        <translation>O XML está mal formado (linha %1, coluna %2): %3.</translation>
    </message>
    <message>
        <source>The XML has no root element.</source>
        <translation>O XML não tem elemento raiz.</translation>
    </message>
</context>
<context>
    <name>rd::EppSession</name>
    <message>
        <source>The session ended before the registry answered.</source>
        <translation>A sessão terminou antes de a entidade gestora responder.</translation>
    </message>
    <message>
        <source>The session ended before the command was sent.</source>
        <translation>A sessão terminou antes de o comando ser enviado.</translation>
    </message>
    <message>
        <source>Connected to %1:%2 (%3).</source>
        <translation>Ligado a %1:%2 (%3).</translation>
    </message>
    <message>
        <source>An answer came that no command asked for; it was ignored.</source>
        <translation>Chegou uma resposta que nenhum comando pediu; foi ignorada.</translation>
    </message>
    <message>
        <source>%1:%2 did not greet as an EPP server: %3</source>
        <translation>%1:%2 não saudou como um servidor EPP: %3</translation>
    </message>
    <message>
        <source>The registry speaks EPP %1, not 1.0.</source>
        <translation>A entidade gestora fala EPP %1, não 1.0.</translation>
    </message>
    <message>
        <source>The registry&apos;s answer to the login could not be read: %1</source>
        <translation>Não foi possível ler a resposta da entidade gestora ao acesso: %1</translation>
    </message>
    <message>
        <source>The registry refused the login of %1: %2 (code %3).</source>
        <translation>A entidade gestora recusou o acesso de %1: %2 (código %3).</translation>
    </message>
    <message>
        <source>The registry&apos;s answer to %1 could not be read: %2</source>
        <translation>Não foi possível ler a resposta da entidade gestora a %1: %2</translation>
    </message>
    <message>
        <source>The connection to the registry is closed.</source>
        <translation>A ligação à entidade gestora está fechada.</translation>
    </message>
    <message>
        <source>The registry closed the connection.</source>
        <translation>A entidade gestora fechou a ligação.</translation>
    </message>
    <message>
        <source>The connection broke after %1 was sent and before the registry answered (%2). Check the object with an info before sending it again.</source>
        <translation>A ligação caiu depois de %1 ser enviado e antes de a entidade gestora responder (%2). Verifique o objeto com um info antes de o enviar de novo.</translation>
    </message>
    <message>
        <source>The session was closed before the command was sent.</source>
        <translation>A sessão foi fechada antes de o comando ser enviado.</translation>
    </message>
    <message>
        <source>The session is closing; the command was not sent.</source>
        <translation>A sessão está a fechar; o comando não foi enviado.</translation>
    </message>
</context>
<context>
    <name>rd::EppTransport</name>
    <message>
        <source>it is self-signed and not among the trusted certificates</source>
        <translation>é autoassinado e não está entre os certificados de confiança</translation>
    </message>
    <message>
        <source>it was issued by an unknown certificate authority, not one of those trusted</source>
        <translation>foi emitido por uma autoridade de certificação desconhecida, que não está entre as de confiança</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>expirou em %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>só é válido a partir de %1</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation>foi emitido para %1, não para %2</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>foi revogado</translation>
    </message>
    <message>
        <source>it is not meant for a TLS server</source>
        <translation>não se destina a um servidor TLS</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>o servidor não enviou nenhum certificado</translation>
    </message>
    <message>
        <source>This system offers no TLS support: the OpenSSL 3 library was not found.</source>
        <translation>Este sistema não oferece suporte TLS: a biblioteca OpenSSL 3 não foi encontrada.</translation>
    </message>
    <message>
        <source>No server host name was given.</source>
        <translation>Não foi indicado o nome do servidor.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 could not be read: %2</source>
        <translation>Não foi possível ler o ficheiro da autoridade de certificação %1: %2</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no PEM certificate.</source>
        <translation>O ficheiro da autoridade de certificação %1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>The client certificate file %1 could not be read: %2</source>
        <translation>Não foi possível ler o ficheiro de certificado de cliente %1: %2</translation>
    </message>
    <message>
        <source>The client certificate file %1 holds no PEM certificate.</source>
        <translation>O ficheiro de certificado de cliente %1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <source>The private key file %1 could not be read: %2</source>
        <translation>Não foi possível ler o ficheiro da chave privada %1: %2</translation>
    </message>
    <message>
        <source>The private key in %1 could not be read: the passphrase is wrong or missing, or the file holds no PEM private key.</source>
        <translation>Não foi possível ler a chave privada em %1: a frase-passe está errada ou em falta, ou o ficheiro não contém nenhuma chave privada PEM.</translation>
    </message>
    <message>
        <source>A private key was given without the client certificate it belongs to.</source>
        <translation>Foi indicada uma chave privada sem o certificado de cliente a que pertence.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port, or a firewall turns it away.</source>
        <translation>%1 recusou a ligação: nada está à escuta nessa porta, ou uma firewall rejeita-a.</translation>
    </message>
    <message>
        <source>The host %1 was not found.</source>
        <translation>O servidor %1 não foi encontrado.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>A ligação a %1 excedeu o tempo limite.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake; it may not accept TLS 1.2 or newer, or it may require a client certificate.</source>
        <translation>%1 fechou a ligação durante a negociação TLS; pode não aceitar TLS 1.2 ou posterior, ou exigir um certificado de cliente.</translation>
    </message>
    <message>
        <source>The certificate of %1 was not accepted: %2.</source>
        <translation>O certificado de %1 não foi aceite: %2.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>A negociação TLS com %1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 broke off the TLS session: %2</source>
        <translation>%1 interrompeu a sessão TLS: %2</translation>
    </message>
    <message>
        <source>The TLS settings for %1 were refused: %2</source>
        <translation>As definições TLS para %1 foram recusadas: %2</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>A ligação a %1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 broke the EPP framing: %2</source>
        <translation>%1 quebrou o enquadramento EPP: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 fechou a ligação durante a negociação TLS.</translation>
    </message>
    <message>
        <source>it may require a client certificate, and none was given</source>
        <translation>pode exigir um certificado de cliente, e nenhum foi indicado</translation>
    </message>
    <message>
        <source>it may not accept the client certificate in %1</source>
        <translation>pode não aceitar o certificado de cliente em %1</translation>
    </message>
    <message>
        <source>%1 closed the connection right after the TLS handshake, before its greeting: %2.</source>
        <translation>%1 fechou a ligação logo após a negociação TLS, antes da saudação: %2.</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes</source>
        <translation>%1 dos seus %2 bytes</translation>
    </message>
    <message>
        <source>%1 bytes of its length header</source>
        <translation>%1 bytes do cabeçalho de comprimento</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of a frame (%2 had arrived); the partial frame was lost.</source>
        <translation>%1 fechou a ligação a meio de uma trama (tinham chegado %2); a trama parcial perdeu-se.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 fechou a ligação antes de responder.</translation>
    </message>
    <message>
        <source>No TLS session with %1 within %2 ms.</source>
        <translation>Nenhuma sessão TLS com %1 em %2 ms.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 ms while an answer was awaited.</source>
        <translation>%1 não enviou nada durante %2 ms enquanto se esperava uma resposta.</translation>
    </message>
</context>
<context>
    <name>rd::RefreshEngine</name>
    <message>
        <source>would be flagged: %1</source>
        <translation>seria assinalado: %1</translation>
    </message>
    <message>
        <source>would be flagged: sponsored by %1</source>
        <translation>seria assinalado: está com %1</translation>
    </message>
</context>
<context>
    <name>rd::sandbox::SandboxServer</name>
    <message>
        <source>Cannot make a certificate for the sandbox.</source>
        <translation>Não é possível criar um certificado para o ambiente de testes.</translation>
    </message>
    <message>
        <source>Cannot use the sandbox certificate.</source>
        <translation>Não é possível usar o certificado do ambiente de testes.</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Não é possível escutar em %1:%2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>No certificate authority is known for the certificate served; give clients its authority yourself.</source>
        <translation>Não se conhece a autoridade de certificação do certificado servido; entregue-a aos clientes por outro meio.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ActionDetails</name>
    <message>
        <source>Record decision…</source>
        <translation>Registar decisão…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Atribuir…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Adicionar nota…</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Registar um contacto…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registo de contactos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No action selected</source>
        <translation>Nenhuma ação selecionada</translation>
    </message>
    <message>
        <source>There is no action with id %1.</source>
        <translation>Não existe nenhuma ação com o id %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Ação %1</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domínio:</translation>
    </message>
    <message>
        <source>holder:</source>
        <translation>titular:</translation>
    </message>
    <message>
        <source>New holder:</source>
        <translation>Novo titular:</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>Atribuída a: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ninguém, por enquanto</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>ação %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::ActionTableModel</name>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>Waiting for the holder</source>
        <translation>À espera do titular</translation>
    </message>
    <message>
        <source>Waiting for the new holder</source>
        <translation>À espera do novo titular</translation>
    </message>
    <message>
        <source>Verifying the new holder</source>
        <translation>A verificar o novo titular</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Aberta em</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo prazo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Data-limite</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dias restantes</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atribuída a</translation>
    </message>
    <message>
        <source>New holder</source>
        <translation>Novo titular</translation>
    </message>
</context>
<context>
    <name>rd::ui::ActionsPage</name>
    <message>
        <source>Filter by domain, assignee or new holder…  (Ctrl+F)</source>
        <translation>Filtrar por domínio, responsável ou novo titular…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deadline window</source>
        <translation>Janela de prazos</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>Nas próximas 24 horas</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Nos próximos 7 dias</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Nos próximos 30 dias</translation>
    </message>
    <message>
        <source>Within 60 days</source>
        <translation>Nos próximos 60 dias</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>Nos próximos 90 dias</translation>
    </message>
    <message>
        <source>Level of the next deadline</source>
        <translation>Nível do próximo prazo</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Qualquer nível</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Tipo de ação</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Qualquer ação</translation>
    </message>
    <message>
        <source>State of the action</source>
        <translation>Estado da ação</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln open action(s)</source>
        <translation>
            <numerusform>%1 de %Ln ação em curso</numerusform>
            <numerusform>%1 de %Ln ações em curso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::AssignDialog</name>
    <message>
        <source>Assign action %1</source>
        <translation>Atribuir a ação %1</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agente:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
</context>
<context>
    <name>rd::ui::BulkChangeDialog</name>
    <message numerus="yes">
        <source>Change %n domain(s)</source>
        <translation>
            <numerusform>Alterar %n domínio</numerusform>
            <numerusform>Alterar %n domínios</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is drafted for each domain, can be reviewed against the registry, and is sent after a confirmation, one domain after the other. Cancel stops between two domains; the rest stay drafts.</source>
        <translation>A alteração fica em rascunho para cada domínio, pode ser revista junto do registo e é enviada após uma confirmação, um domínio de cada vez. Cancelar para entre dois domínios; os restantes ficam em rascunho.</translation>
    </message>
    <message>
        <source>Name servers</source>
        <translation>Servidores de nomes</translation>
    </message>
    <message>
        <source>Turn auto-renew on</source>
        <translation>Ligar a renovação automática</translation>
    </message>
    <message>
        <source>Turn auto-renew off</source>
        <translation>Desligar a renovação automática</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>Tech contacts</source>
        <translation>Contactos técnicos</translation>
    </message>
    <message>
        <source>Delete at the registry</source>
        <translation>Eliminar no registo</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Alteração:</translation>
    </message>
    <message>
        <source>ns1.example.pt, ns2.example.pt</source>
        <translation>ns1.exemplo.pt, ns2.exemplo.pt</translation>
    </message>
    <message>
        <source>&amp;Name servers:</source>
        <translation>&amp;Servidores de nomes:</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Renew for:</source>
        <translation>&amp;Renovar por:</translation>
    </message>
    <message>
        <source>&amp;Tech contacts:</source>
        <translation>Contactos &amp;técnicos:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Pormenor</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rever</translation>
    </message>
    <message>
        <source>Ask the registry what each domain has now and show what would change; nothing is sent.</source>
        <translation>Perguntar ao registo o que cada domínio tem agora e mostrar o que mudaria; nada é enviado.</translation>
    </message>
    <message>
        <source>Keep as drafts</source>
        <translation>Guardar como rascunhos</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Give the name servers, separated by commas.</source>
        <translation>Indique os servidores de nomes, separados por vírgulas.</translation>
    </message>
    <message>
        <source>Give at least one tech contact&apos;s NIC-handle.</source>
        <translation>Indique o NIC-handle de pelo menos um contacto técnico.</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Em rascunho</translation>
    </message>
    <message>
        <source>Draft %1, not sent yet.</source>
        <translation>Rascunho %1, ainda não enviado.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message numerus="yes">
        <source>Replace the name servers of %n domain(s) with %1?

Each domain then resolves through these servers only: a wrong one takes its web sites and e-mail off line.</source>
        <translation>
            <numerusform>Substituir os servidores de nomes de %n domínio por %1?

O domínio passa a resolver apenas através destes servidores: um servidor errado deixa os sítios web e o correio eletrónico sem serviço.</numerusform>
            <numerusform>Substituir os servidores de nomes de %n domínios por %1?

Cada domínio passa a resolver apenas através destes servidores: um servidor errado deixa os sítios web e o correio eletrónico sem serviço.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turn auto-renew on for %n domain(s)?

The registry then renews each one when it expires, and charges the renewal; the first expiry is %1 on %2.</source>
        <translation>
            <numerusform>Ligar a renovação automática de %n domínio?

O registo passa a renová-lo quando expirar, e cobra a renovação; a primeira expiração é a de %1, em %2.</numerusform>
            <numerusform>Ligar a renovação automática de %n domínios?

O registo passa a renovar cada um quando expirar, e cobra a renovação; a primeira expiração é a de %1, em %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turn auto-renew off for %n domain(s)?

The registry then DELETES each one 30 days before it expires, unless it is renewed before that date; the first deletion would be %1 on %2.</source>
        <translation>
            <numerusform>Desligar a renovação automática de %n domínio?

O registo passa a APAGÁ-LO 30 dias antes de expirar, a menos que seja renovado antes dessa data; a primeira eliminação seria a de %1, em %2.</numerusform>
            <numerusform>Desligar a renovação automática de %n domínios?

O registo passa a APAGAR cada um 30 dias antes de expirar, a menos que seja renovado antes dessa data; a primeira eliminação seria a de %1, em %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n domain(s) now?

The registry adds %1 to each expiry date and charges each renewal at once; the first expiry is %2 on %3.</source>
        <translation>
            <numerusform>Renovar %n domínio agora?

O registo acrescenta %1 à data de expiração e cobra a renovação de imediato; a primeira expiração é a de %2, em %3.</numerusform>
            <numerusform>Renovar %n domínios agora?

O registo acrescenta %1 a cada data de expiração e cobra cada renovação de imediato; a primeira expiração é a de %2, em %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the tech contacts of %n domain(s) to %1?

The tech contacts they have now are taken off them.</source>
        <translation>
            <numerusform>Definir os contactos técnicos de %n domínio como %1?

Os contactos técnicos que tem agora são retirados.</numerusform>
            <numerusform>Definir os contactos técnicos de %n domínios como %1?

Os contactos técnicos que têm agora são retirados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n domain(s) at the registry?

%1

Deletion is final: it cannot be undone, and each name becomes free for anyone to register.</source>
        <translation>
            <numerusform>Eliminar %n domínio no registo?

%1

A eliminação é definitiva: não pode ser desfeita, e o nome fica livre para qualquer pessoa o registar.</numerusform>
            <numerusform>Eliminar %n domínios no registo?

%1

A eliminação é definitiva: não pode ser desfeita, e cada nome fica livre para qualquer pessoa o registar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No registry connection is set up.</source>
        <translation>Não há nenhuma ligação ao registo configurada.</translation>
    </message>
    <message>
        <source>Cannot reach the registry: %1</source>
        <translation>Não é possível contactar o registo: %1</translation>
    </message>
    <message>
        <source>Cannot review</source>
        <translation>Não foi possível rever</translation>
    </message>
    <message>
        <source>Would change</source>
        <translation>Mudaria</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n domain(s)</source>
        <translation>
            <numerusform>Eliminar %n domínio</numerusform>
            <numerusform>Eliminar %n domínios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) to the registry</source>
        <translation>
            <numerusform>Enviar %n alteração ao registo</numerusform>
            <numerusform>Enviar %n alterações ao registo</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Cancelled before it was sent; the draft is kept.</source>
        <translation>Cancelado antes do envio; o rascunho é mantido.</translation>
    </message>
    <message>
        <source>No session with the registry; the draft is kept.</source>
        <translation>Sem sessão com o registo; o rascunho é mantido.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconhecido</translation>
    </message>
    <message>
        <source>%1 The desk asks the registry whether it was applied before it sends it again.</source>
        <translation>%1 Antes de a enviar de novo, o balcão pergunta ao registo se foi aplicada.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>A parar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop after the domain being sent; the rest stay drafts.</source>
        <translation>Parar depois do domínio que está a ser enviado; os restantes ficam em rascunho.</translation>
    </message>
    <message>
        <source>%1 done, %2 skipped, %3 failed, %4 with an unknown outcome, %5 not sent.</source>
        <translation>Concluídos: %1; ignorados: %2; falhados: %3; com resultado desconhecido: %4; não enviados: %5.</translation>
    </message>
    <message>
        <source>NIC-handles, separated by commas: type a handle or a name</source>
        <translation>NIC-handles, separados por vírgulas: escreva um handle ou um nome</translation>
    </message>
</context>
<context>
    <name>rd::ui::ChangeDialog</name>
    <message>
        <source>Keep as draft</source>
        <translation>Guardar como rascunho</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Send to the registry</source>
        <translation>Enviar para o registo</translation>
    </message>
</context>
<context>
    <name>rd::ui::ContactDetails</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validação</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domínios</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Nenhum contacto selecionado</translation>
    </message>
    <message>
        <source>There is no contact with the handle %1.</source>
        <translation>Não existe nenhum contacto com o identificador %1.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Telemóvel</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>NIF/NIPC</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento de identificação</translation>
    </message>
    <message>
        <source>Registry verification</source>
        <translation>Verificação pelo registo</translation>
    </message>
    <message>
        <source>– not given</source>
        <translation>– não indicado</translation>
    </message>
    <message>
        <source>– not checked (not a Portuguese contact)</source>
        <translation>– não verificado (contacto não português)</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ válido</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>NIPC</source>
        <translation>NIPC</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>titular</translation>
    </message>
    <message>
        <source>technical contact</source>
        <translation>contacto técnico</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
</context>
<context>
    <name>rd::ui::ContactLogDialog</name>
    <message>
        <source>Contact log of action %1</source>
        <translation>Registo de contactos da ação %1</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>O quê:</translation>
    </message>
    <message>
        <source>Whom, and what was said or agreed.</source>
        <translation>Com quem, e o que foi dito ou combinado.</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detalhe:</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>Acrescentar ao registo</translation>
    </message>
</context>
<context>
    <name>rd::ui::ContactTableModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>The registry asked the holder to prove their identity.</source>
        <translation>A entidade gestora pediu ao titular que comprovasse a sua identidade.</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localidade</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Domains held</source>
        <translation>Domínios de que é titular</translation>
    </message>
</context>
<context>
    <name>rd::ui::ContactsPage</name>
    <message>
        <source>Filter by handle, name, NIF or e-mail…  (Ctrl+F)</source>
        <translation>Filtrar por identificador, nome, NIF ou e-mail…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Tipo de contacto</translation>
    </message>
    <message>
        <source>Persons and organisations</source>
        <translation>Pessoas e organizações</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Any verification</source>
        <translation>Qualquer verificação</translation>
    </message>
    <message>
        <source>Domains held</source>
        <translation>Domínios de que é titular</translation>
    </message>
    <message>
        <source>With or without domains</source>
        <translation>Com ou sem domínios</translation>
    </message>
    <message>
        <source>Holders of domains</source>
        <translation>Titulares de domínios</translation>
    </message>
    <message>
        <source>Holding no domain</source>
        <translation>Sem domínios</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 de %Ln contacto</numerusform>
            <numerusform>%1 de %Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::DecisionDialog</name>
    <message>
        <source>Decision on action %1</source>
        <translation>Decisão sobre a ação %1</translation>
    </message>
    <message>
        <source>%1 of %2: %3.</source>
        <translation>%1 de %2: %3.</translation>
    </message>
    <message>
        <source>The current holder approved the owner change</source>
        <translation>O titular atual aprovou a alteração de titular</translation>
    </message>
    <message>
        <source>The new holder approved the owner change</source>
        <translation>O novo titular aprovou a alteração de titular</translation>
    </message>
    <message>
        <source>The action ended, with this outcome:</source>
        <translation>A ação terminou, com este resultado:</translation>
    </message>
    <message>
        <source>Refused by the current holder</source>
        <translation>Recusada pelo titular atual</translation>
    </message>
    <message>
        <source>Refused by the new holder</source>
        <translation>Recusada pelo novo titular</translation>
    </message>
    <message>
        <source>No answer within the deadline</source>
        <translation>Sem resposta dentro do prazo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Holder verified</source>
        <translation>Titular verificado</translation>
    </message>
    <message>
        <source>Holder did not prove their identity</source>
        <translation>O titular não comprovou a identidade</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registar</translation>
    </message>
    <message>
        <source>Close action %1 (%2 of %3) with the outcome &quot;%4&quot;? Its deadlines will no longer be followed, and a closed action cannot be reopened.</source>
        <translation>Fechar a ação %1 (%2 de %3) com o resultado &quot;%4&quot;? Os seus prazos deixam de ser acompanhados, e uma ação fechada não pode ser reaberta.</translation>
    </message>
    <message>
        <source>Close the action</source>
        <translation>Fechar a ação</translation>
    </message>
</context>
<context>
    <name>rd::ui::DeleteDialog</name>
    <message>
        <source>Delete %1 at the registry?

The registry removes the domain at once, with its name servers and DS records: its web sites and e-mail stop working. Deletion is final: it cannot be undone, and the name becomes free for anyone to register.</source>
        <translation>Eliminar %1 no registo?

O registo remove o domínio de imediato, com os seus servidores de nomes e registos DS: os sítios web e o correio eletrónico deixam de funcionar. A eliminação é definitiva: não pode ser desfeita, e o nome fica livre para qualquer pessoa o registar.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Titular: %1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Expira em %1</translation>
    </message>
    <message>
        <source>To delete it, type the domain&apos;s name, %1:</source>
        <translation>Para o apagar, escreva o nome do domínio, %1:</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Guardar como rascunho</translation>
    </message>
    <message>
        <source>Delete at the registry</source>
        <translation>Eliminar no registo</translation>
    </message>
</context>
<context>
    <name>rd::ui::DomainDetails</name>
    <message>
        <source>Name servers…</source>
        <translation>Servidores de nomes…</translation>
    </message>
    <message>
        <source>Auto-renew…</source>
        <translation>Renovação automática…</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Renovar…</translation>
    </message>
    <message>
        <source>Owner change…</source>
        <translation>Alteração de titular…</translation>
    </message>
    <message>
        <source>Verification opened…</source>
        <translation>Verificação aberta…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Adicionar nota…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Ações pendentes</translation>
    </message>
    <message>
        <source>Holder and contacts</source>
        <translation>Titular e contactos</translation>
    </message>
    <message>
        <source>Name servers and DS records</source>
        <translation>Servidores de nomes e registos DS</translation>
    </message>
    <message>
        <source>.PT flags and statuses</source>
        <translation>Indicadores .PT e estados</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Registry answer</source>
        <translation>Resposta do registo</translation>
    </message>
    <message>
        <source>Send selected draft</source>
        <translation>Enviar o rascunho selecionado</translation>
    </message>
    <message>
        <source>Drafts for the registry</source>
        <translation>Rascunhos para o registo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>No domain selected</source>
        <translation>Nenhum domínio selecionado</translation>
    </message>
    <message>
        <source>There is no domain named %1 in the portfolio.</source>
        <translation>Não existe nenhum domínio %1 na carteira.</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Expira a %1</translation>
    </message>
    <message>
        <source>Registry: %1, last synced %2</source>
        <translation>Registo: %1, última sincronização a %2</translation>
    </message>
    <message>
        <source>Registry: %1, never synced</source>
        <translation>Registo: %1, nunca sincronizado</translation>
    </message>
    <message>
        <source> (sponsor %1)</source>
        <translation> (gerido por %1)</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>ação %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Ação %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>por atribuir</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Atribuída a</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Name server</source>
        <translation>Servidor de nomes</translation>
    </message>
    <message>
        <source>Glue addresses</source>
        <translation>Endereços glue</translation>
    </message>
    <message>
        <source>No DS records: the zone is not signed at the registry.</source>
        <translation>Sem registos DS: a zona não está assinada no registo.</translation>
    </message>
    <message>
        <source>Key tag</source>
        <translation>Key tag</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Digest type</source>
        <translation>Tipo de resumo</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Renovação automática</translation>
    </message>
    <message>
        <source>Owner confirmation</source>
        <translation>Confirmação do titular</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Arbitragem</translation>
    </message>
    <message>
        <source>Registry lock</source>
        <translation>Bloqueio no registo</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registado</translation>
    </message>
    <message>
        <source>Turn auto-renew off…</source>
        <translation>Desativar a renovação automática…</translation>
    </message>
    <message>
        <source>Turn auto-renew on…</source>
        <translation>Ativar a renovação automática…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
</context>
<context>
    <name>rd::ui::DomainTableModel</name>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>Renov. automática</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo prazo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Data-limite</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dias restantes</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Whether the registry renews the domain automatically. Without it a .pt domain is deleted 30 days before it expires.</source>
        <translation>Se a entidade gestora renova o domínio automaticamente. Sem renovação automática, um domínio .pt é eliminado 30 dias antes de expirar.</translation>
    </message>
    <message>
        <source>Calendar days until the next deadline: 0 is today, negative numbers are days late.</source>
        <translation>Dias de calendário até ao próximo prazo: 0 é hoje; números negativos são dias de atraso.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) or less</source>
        <translation>
            <numerusform>%n dia ou menos</numerusform>
            <numerusform>%n dias ou menos</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: past the deadline. Critical: %1. Warning: %2. Notice: %3.</source>
        <translation>Em atraso: prazo ultrapassado. Crítico: %1. Atenção: %2. Aviso: %3.</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Não sincronizado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Gone from the registry</source>
        <translation>Já não existe no registo</translation>
    </message>
    <message>
        <source>Transferred away</source>
        <translation>Transferido para outro registrador</translation>
    </message>
    <message>
        <source>What the last sync found at the registry.</source>
        <translation>O que a última sincronização encontrou no registo.</translation>
    </message>
    <message>
        <source>Holder handle</source>
        <translation>Identificador do titular</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Estado no registo</translation>
    </message>
</context>
<context>
    <name>rd::ui::DomainsPage</name>
    <message>
        <source>Filter by domain, holder, handle or NIF…  (Ctrl+F)</source>
        <translation>Filtrar por domínio, titular, identificador ou NIF…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Deadline window</source>
        <translation>Janela de prazos</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>Nas próximas 24 horas</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Nos próximos 7 dias</translation>
    </message>
    <message>
        <source>Within 30 days</source>
        <translation>Nos próximos 30 dias</translation>
    </message>
    <message>
        <source>Within 60 days</source>
        <translation>Nos próximos 60 dias</translation>
    </message>
    <message>
        <source>Within 90 days</source>
        <translation>Nos próximos 90 dias</translation>
    </message>
    <message>
        <source>Level of the next deadline</source>
        <translation>Nível do próximo prazo</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Qualquer nível</translation>
    </message>
    <message>
        <source>Kind of the next deadline</source>
        <translation>Tipo do próximo prazo</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Qualquer prazo</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sem prazo</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Any programme</source>
        <translation>Qualquer programa</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Sem programa</translation>
    </message>
    <message>
        <source>Automatic renewal</source>
        <translation>Renovação automática</translation>
    </message>
    <message>
        <source>Auto-renew: any</source>
        <translation>Renovação: todas</translation>
    </message>
    <message>
        <source>Auto-renew on</source>
        <translation>Com renovação automática</translation>
    </message>
    <message>
        <source>Auto-renew off</source>
        <translation>Sem renovação automática</translation>
    </message>
    <message>
        <source>Registry status</source>
        <translation>Estado no registo</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Paste names…</source>
        <translation>Colar nomes…</translation>
    </message>
    <message>
        <source>Show only the domains of a list (one per line, or separated by commas or spaces).</source>
        <translation>Mostrar só os domínios de uma lista (um por linha, ou separados por vírgulas ou espaços).</translation>
    </message>
    <message>
        <source>Show all names</source>
        <translation>Mostrar todos os nomes</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n pasted name(s).</source>
        <translation>
            <numerusform>Apenas %n nome colado.</numerusform>
            <numerusform>Apenas os %n nomes colados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not in the portfolio: %1</source>
        <translation>
            <numerusform>%n não está na carteira: %1</numerusform>
            <numerusform>%n não estão na carteira: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only these domains</source>
        <translation>Mostrar só estes domínios</translation>
    </message>
    <message>
        <source>Paste the domain names, one per line or separated by commas or spaces:</source>
        <translation>Cole os nomes de domínio, um por linha ou separados por vírgulas ou espaços:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln domain(s)</source>
        <translation>
            <numerusform>%1 de %Ln domínio</numerusform>
            <numerusform>%1 de %Ln domínios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the first %Ln domain(s) by deadline; reading the rest of the portfolio…</source>
        <translation>
            <numerusform>%1 de %Ln domínio, o primeiro por prazo; a ler o resto da carteira…</numerusform>
            <numerusform>%1 dos primeiros %Ln domínios por prazo; a ler o resto da carteira…</numerusform>
        </translation>
    </message>
    <message>
        <source>Change selected…</source>
        <translation>Alterar selecionados…</translation>
    </message>
    <message>
        <source>One change for every selected domain: name servers, auto-renew, renewal, tech contacts or deletion.</source>
        <translation>Uma alteração para todos os domínios selecionados: servidores de nomes, renovação automática, renovação, contactos técnicos ou eliminação.</translation>
    </message>
    <message>
        <source>Transfer in…</source>
        <translation>Transferir para cá…</translation>
    </message>
    <message>
        <source>Bring a domain from another registrar with its auth code.</source>
        <translation>Trazer um domínio de outro registrador com o seu código de autorização.</translation>
    </message>
    <message numerus="yes">
        <source>Change %n selected…</source>
        <translation>
            <numerusform>Alterar %n selecionado…</numerusform>
            <numerusform>Alterar %n selecionados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer a domain in…</source>
        <translation>Transferir um domínio para cá…</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportPlanModel</name>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alterações</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitada</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What changes, or why it is rejected</source>
        <translation>O que muda, ou porque é rejeitada</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <translation>Importar de CSV</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>O ficheiro</translation>
    </message>
    <message>
        <source>A CSV file as a spreadsheet saves it. The delimiter and the encoding are detected; choose them yourself when the preview looks wrong.</source>
        <translation>Um ficheiro CSV tal como uma folha de cálculo o grava. O separador e a codificação são detetados; escolha-os quando a pré-visualização não estiver certa.</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domínios</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontactos</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Importar:</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>O ficheiro CSV a importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ficheiro:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Ficheiros CSV (*.csv *.txt);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detetar</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Ponto e vírgula (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Vírgula (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 tem cabeçalho mas nenhuma linha para importar.</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>ponto e vírgula (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>vírgula (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detetado: %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Escolhido: %1</translation>
    </message>
    <message>
        <source>%1 with a byte order mark</source>
        <translation>%1 com marca de ordem de bytes</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Não lido</translation>
    </message>
    <message>
        <source>Preview: no file read.</source>
        <translation>Pré-visualização: nenhum ficheiro lido.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: the first %1 of %n row(s) (the numbers at the left are the file&apos;s lines).</source>
        <translation>
            <numerusform>Pré-visualização: %1 de %n linha (os números à esquerda são as linhas do ficheiro).</numerusform>
            <numerusform>Pré-visualização: as primeiras %1 de %n linhas (os números à esquerda são as linhas do ficheiro).</numerusform>
        </translation>
    </message>
    <message>
        <source>The columns</source>
        <translation>As colunas</translation>
    </message>
    <message>
        <source>What each column of the file holds, guessed from its header. Correct what is wrong; columns left as ignored are not read.</source>
        <translation>O que cada coluna do ficheiro contém, deduzido do cabeçalho. Corrija o que estiver errado; as colunas ignoradas não são lidas.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no ficheiro</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Carregar mapeamento…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Guardar mapeamento…</translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Mapeamentos (*.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Load a mapping</source>
        <translation>Carregar um mapeamento</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>Guardar o mapeamento</translation>
    </message>
    <message>
        <source>Every required field has its column.</source>
        <translation>Todos os campos obrigatórios têm a sua coluna.</translation>
    </message>
    <message>
        <source>%1 is a mapping for a file of domains.</source>
        <translation>%1 é um mapeamento para um ficheiro de domínios.</translation>
    </message>
    <message>
        <source>%1 is a mapping for a file of contacts.</source>
        <translation>%1 é um mapeamento para um ficheiro de contactos.</translation>
    </message>
    <message>
        <source>The check</source>
        <translation>A verificação</translation>
    </message>
    <message>
        <source>Every row checked against the .PT rules, the rest of the file and the portfolio. Nothing is written yet.</source>
        <translation>Cada linha verificada com as regras do .PT, o resto do ficheiro e a carteira. Ainda nada é gravado.</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar a verificação</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;de novo</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>A verificar %n linha…</numerusform>
            <numerusform>A verificar %n linhas…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check was cancelled before every row was seen; nothing can be imported until it runs to the end.</source>
        <translation>A verificação foi cancelada antes de ver todas as linhas; nada pode ser importado até que chegue ao fim.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Novos: %1</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Alterações: %1</translation>
    </message>
    <message>
        <source>Unchanged: %1</source>
        <translation>Sem alterações: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeitadas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; the reasons name the line, the column and the field.</source>
        <translation>
            <numerusform>%n linha rejeitada; os motivos indicam a linha, a coluna e o campo.</numerusform>
            <numerusform>%n linhas rejeitadas; os motivos indicam a linha, a coluna e o campo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>Todas as linhas podem ser importadas.</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>A importação</translation>
    </message>
    <message>
        <source>How to write. Everything happens in one go: a failure or Cancel leaves the database as it was.</source>
        <translation>Como gravar. Tudo acontece de uma vez: uma falha ou Cancelar deixa a base de dados como estava.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation>&amp;Tudo ou nada: importar só se todas as linhas forem válidas</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and save the rejected ones to a CSV file to fix</source>
        <translation>Importar as linhas &amp;válidas e guardar as rejeitadas num ficheiro CSV para corrigir</translation>
    </message>
    <message>
        <source>&amp;Rejected rows to:</source>
        <translation>&amp;Linhas rejeitadas em:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Guardar as linhas rejeitadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Ficheiros CSV (*.csv);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>&amp;Queue the imported domains for a refresh from the registry</source>
        <translation>&amp;Pôr os domínios importados em fila para atualização a partir do registo</translation>
    </message>
    <message>
        <source>The next sync asks the registry about every imported domain</source>
        <translation>A próxima sincronização pergunta ao registo por cada domínio importado</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <translation>%1-rejeitadas.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: all or nothing writes nothing while a row is rejected. Go back and fix the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n linha rejeitada: com tudo ou nada, nada é gravado enquanto houver uma linha rejeitada. Volte atrás e corrija o ficheiro, ou importe só as linhas válidas.</numerusform>
            <numerusform>%n linhas rejeitadas: com tudo ou nada, nada é gravado enquanto houver uma linha rejeitada. Volte atrás e corrija o ficheiro, ou importe só as linhas válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row adds or changes anything: there is nothing to write.</source>
        <translation>Nenhuma linha acrescenta ou altera nada: não há nada para gravar.</translation>
    </message>
    <message>
        <source>Ready to write: %1 new, %2 updated.</source>
        <translation>Pronto para gravar: %1 novos, %2 alterados.</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) will be saved to the file above, with a last column saying why: fix that file and import it.</source>
        <translation>
            <numerusform>%n linha rejeitada será guardada no ficheiro acima, com uma última coluna a dizer porquê: corrija esse ficheiro e importe-o.</numerusform>
            <numerusform>%n linhas rejeitadas serão guardadas no ficheiro acima, com uma última coluna a dizer porquê: corrija esse ficheiro e importe-o.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was left as it was.</source>
        <translation>A base de dados ficou como estava.</translation>
    </message>
    <message>
        <source>Cannot save the rejected rows to %1: %2</source>
        <translation>Não é possível guardar as linhas rejeitadas em %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>Import %1 from %2 is written.</source>
        <translation>A importação %1, de %2, está gravada.</translation>
    </message>
    <message>
        <source>Nothing needed writing: the portfolio already holds every row of %1.</source>
        <translation>Não havia nada para gravar: a carteira já contém todas as linhas de %1.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Alterados: %1</translation>
    </message>
    <message>
        <source>Rejected, not imported: %1</source>
        <translation>Rejeitadas, não importadas: %1</translation>
    </message>
    <message>
        <source>The rejected rows are in %1.</source>
        <translation>As linhas rejeitadas estão em %1.</translation>
    </message>
    <message>
        <source>The next sync asks the registry about the imported domains.</source>
        <translation>A próxima sincronização pergunta ao registo pelos domínios importados.</translation>
    </message>
    <message>
        <source>File, Undo last import… takes this import back.</source>
        <translation>Ficheiro, Anular a última importação… desfaz esta importação.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n row(s) (the numbers at the left are the file&apos;s lines).</source>
        <translation>
            <numerusform>Pré-visualização: %n linha (os números à esquerda são as linhas do ficheiro).</numerusform>
            <numerusform>Pré-visualização: %n linhas (os números à esquerda são as linhas do ficheiro).</numerusform>
        </translation>
    </message>
    <message>
        <source>What the import wrote.</source>
        <translation>O que a importação gravou.</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>Registrar Desk — %1</source>
        <translation>Registrar Desk — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Registrar Desk</source>
        <translation>&amp;Acerca do Registrar Desk</translation>
    </message>
    <message>
        <source>About Registrar Desk</source>
        <translation>Acerca do Registrar Desk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Registrar Desk %1&lt;/b&gt;&lt;p&gt;The support desk for .pt domains: holders, pending actions and every deadline of the .PT rules.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Registrar Desk %1&lt;/b&gt;&lt;p&gt;Balcão de apoio para domínios .pt: titulares, ações pendentes e todos os prazos previstos nas Regras do .PT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>Select a domain, contact or action</source>
        <translation>Selecione um domínio, contacto ou ação</translation>
    </message>
    <message>
        <source>Registrar Desk</source>
        <translation>Registrar Desk</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Balcão</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recarregar</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registo</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Refresh every domain and contact from the registry (registry-owned fields only)</source>
        <translation>Atualiza todos os domínios e contactos a partir do registo (só os campos que pertencem ao registo)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>&amp;Domains</source>
        <translation>&amp;Domínios</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Ações</translation>
    </message>
    <message>
        <source>Details &amp;area</source>
        <translation>Área de &amp;detalhes</translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation>&amp;Barra de ferramentas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>De&amp;finições</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>De&amp;finições…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca do &amp;Qt</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>A sincronizar com %1…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domínios</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) became critical or overdue since you last looked</source>
        <translation>
            <numerusform>%n prazo passou a crítico ou ultrapassado desde a última vez que olhou</numerusform>
            <numerusform>%n prazos passaram a críticos ou ultrapassados desde a última vez que olhou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) need attention</source>
        <translation>
            <numerusform>%n prazo precisa de atenção</numerusform>
            <numerusform>%n prazos precisam de atenção</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>A sincronização falhou: %1</translation>
    </message>
    <message>
        <source>Never synced with the registry</source>
        <translation>Nunca sincronizado com o registo</translation>
    </message>
    <message>
        <source>Last sync %1 unfinished (%2 checked, %3 failed): the next one continues it</source>
        <translation>Última sincronização de %1 por terminar (%2 verificados, %3 falhados): a próxima continua-a</translation>
    </message>
    <message>
        <source>Last sync %1: %2 checked, %3 changed, %4 failed</source>
        <translation>Última sincronização em %1: %2 verificados, %3 alterados, %4 falhados</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Synced every %n minute(s)</source>
        <translation>
            <numerusform>Sincronizado a cada %n minuto</numerusform>
            <numerusform>Sincronizado a cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced only when asked (Registry, Sync now)</source>
        <translation>Sincronizado só quando pedido (Registo, Sincronizar agora)</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Relatórios…</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exportar tabela em CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Open Domains, Contacts or Actions to export that table.</source>
        <translation>Abra Domínios, Contactos ou Ações para exportar essa tabela.</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exportar a tabela em CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n linha escrita em %1.</numerusform>
            <numerusform>%n linhas escritas em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importar de CSV…</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>A&amp;nular a última importação…</translation>
    </message>
    <message>
        <source>&amp;Change selected domains…</source>
        <translation>&amp;Alterar domínios selecionados…</translation>
    </message>
    <message>
        <source>Select two or more domains in the table first.</source>
        <translation>Selecione primeiro dois ou mais domínios na tabela.</translation>
    </message>
    <message>
        <source>&amp;Transfer a domain in…</source>
        <translation>&amp;Transferir um domínio para cá…</translation>
    </message>
</context>
<context>
    <name>rd::ui::NameServersDialog</name>
    <message>
        <source>Name servers of %1</source>
        <translation>Servidores de nomes de %1</translation>
    </message>
    <message>
        <source>One host name per line, 2 to 13 in all. They replace the domain&apos;s name servers at the registry.</source>
        <translation>Um nome de servidor por linha, de 2 a 13 no total. Substituem os servidores de nomes do domínio no registo.</translation>
    </message>
    <message>
        <source>The registry will replace the name servers of %1:
%2
with:
%3
The domain&apos;s DNS answers from the new servers as soon as the change is published.</source>
        <translation>O registo vai substituir os servidores de nomes de %1:
%2
por:
%3
O DNS do domínio passa a responder a partir dos novos servidores logo que a alteração seja publicada.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
</context>
<context>
    <name>rd::ui::NoteDialog</name>
    <message>
        <source>Note on %1</source>
        <translation>Nota sobre %1</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what to do next.</source>
        <translation>O que aconteceu, o que foi combinado, o que fazer a seguir.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
</context>
<context>
    <name>rd::ui::OwnerChangeWizard</name>
    <message>
        <source>Owner change of %1</source>
        <translation>Alteração de titular de %1</translation>
    </message>
    <message>
        <source>The new holder</source>
        <translation>O novo titular</translation>
    </message>
    <message>
        <source>%1 is held by %2. Who takes it over?</source>
        <translation>O titular de %1 é %2. Quem fica com ele?</translation>
    </message>
    <message>
        <source>A contact the desk knows</source>
        <translation>Um contacto que o balcão já conhece</translation>
    </message>
    <message>
        <source>A new contact</source>
        <translation>Um contacto novo</translation>
    </message>
    <message>
        <source>Handle:</source>
        <translation>Identificador:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>NIF / NIPC:</source>
        <translation>NIF / NIPC:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Rua:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Localidade:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>NIPC</source>
        <translation>NIPC</translation>
    </message>
    <message>
        <source>NIF</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>O que vai acontecer</translation>
    </message>
    <message>
        <source>The desk adds %1 to its contacts.</source>
        <translation>O balcão acrescenta %1 aos seus contactos.</translation>
    </message>
    <message>
        <source>The registry is asked to change the holder of %1 from %2 to %3.</source>
        <translation>É pedido ao registo que altere o titular de %1 de %2 para %3.</translation>
    </message>
    <message>
        <source>The current holder has 8 days to approve: until %1.</source>
        <translation>O titular atual tem 8 dias para aprovar: até %1.</translation>
    </message>
    <message>
        <source>Then the new holder has 8 days from that approval: at the latest until %1.</source>
        <translation>Depois, o novo titular tem 8 dias a contar dessa aprovação: no máximo até %1.</translation>
    </message>
    <message>
        <source>Then the registry verifies the new holder, who has 2 days to answer: at the latest until %1; a failed verification reverses the change.</source>
        <translation>Depois, o registo verifica o novo titular, que tem 2 dias para responder: no máximo até %1; uma verificação falhada reverte a alteração.</translation>
    </message>
    <message>
        <source>If either holder does not answer in time, the owner change fails and %1 stays with %2.</source>
        <translation>Se algum dos titulares não responder a tempo, a alteração de titular falha e %1 fica com %2.</translation>
    </message>
    <message>
        <source>Nothing is written until you finish. The pending action and its deadlines open when the registry takes the change; record each holder&apos;s decision on the action.</source>
        <translation>Nada é gravado até terminar. A ação pendente e os seus prazos abrem quando o registo aceitar a alteração; registe a decisão de cada titular na ação.</translation>
    </message>
    <message>
        <source>Draft or send</source>
        <translation>Rascunho ou envio</translation>
    </message>
    <message>
        <source>Keep it as a draft; send it later from the domain&apos;s drafts</source>
        <translation>Guardar como rascunho; enviar mais tarde a partir dos rascunhos do domínio</translation>
    </message>
    <message>
        <source>Send it to the registry now</source>
        <translation>Enviar já para o registo</translation>
    </message>
    <message>
        <source>A contact created here is only in the desk so far: the registry refuses the change until the contact exists there too.</source>
        <translation>Um contacto criado aqui, por enquanto, só existe no balcão: o registo recusa a alteração enquanto o contacto não existir também lá.</translation>
    </message>
    <message>
        <source>Pick the new holder.</source>
        <translation>Escolha o novo titular.</translation>
    </message>
    <message>
        <source>A contact with the handle %1 exists already; pick it from the list.</source>
        <translation>Já existe um contacto com o identificador %1; escolha-o na lista.</translation>
    </message>
    <message>
        <source>%1 already holds %2.</source>
        <translation>%1 já é o titular de %2.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ProfileDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Choose a PEM file</source>
        <translation>Escolha um ficheiro PEM</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>Ficheiros PEM (*.pem *.crt *.key);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Edit registry profile</source>
        <translation>Editar perfil de registo</translation>
    </message>
    <message>
        <source>New registry profile</source>
        <translation>Novo perfil de registo</translation>
    </message>
    <message>
        <source>A test registry, not the real one</source>
        <translation>Um registo de testes, não o verdadeiro</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterada</translation>
    </message>
    <message>
        <source>the system&apos;s certificate authorities</source>
        <translation>as autoridades de certificação do sistema</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Login (clID):</source>
        <translation>&amp;Utilizador (clID):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pala&amp;vra-passe:</translation>
    </message>
    <message>
        <source>Certificate &amp;authority:</source>
        <translation>&amp;Autoridade de certificação:</translation>
    </message>
    <message>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificado de cliente:</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>C&amp;have de cliente:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>&amp;Frase-passe da chave:</translation>
    </message>
    <message>
        <source>Passwords are kept in: %1.</source>
        <translation>As palavras-passe são guardadas em: %1.</translation>
    </message>
    <message>
        <source>No credential store: passwords cannot be kept.</source>
        <translation>Sem cofre de credenciais: as palavras-passe não podem ser guardadas.</translation>
    </message>
    <message>
        <source>A registry profile named %1 exists already: edit it instead.</source>
        <translation>Já existe um perfil de registo chamado %1: edite-o.</translation>
    </message>
    <message>
        <source>No credential store: the password cannot be kept.</source>
        <translation>Sem cofre de credenciais: a palavra-passe não pode ser guardada.</translation>
    </message>
</context>
<context>
    <name>rd::ui::RenewDialog</name>
    <message>
        <source>Renew %1</source>
        <translation>Renovar %1</translation>
    </message>
    <message>
        <source>It expires on %1. Renew it for:</source>
        <translation>Expira a %1. Renovar por:</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <source>New expiry date: %1.</source>
        <translation>Nova data de expiração: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The registry will renew %1 for %n year(s) and charge the renewal; it will then expire on %2.</source>
        <translation>
            <numerusform>O registo vai renovar %1 por %n ano e cobrar a renovação; passará a expirar a %2.</numerusform>
            <numerusform>O registo vai renovar %1 por %n anos e cobrar a renovação; passará a expirar a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Daily briefing</source>
        <translation>Resumo diário</translation>
    </message>
    <message>
        <source>Deletions and expiries</source>
        <translation>Eliminações e expirações</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Ações pendentes</translation>
    </message>
    <message>
        <source>Domain dossier</source>
        <translation>Dossiê do domínio</translation>
    </message>
    <message>
        <source>Personal data report</source>
        <translation>Relatório de dados pessoais</translation>
    </message>
    <message>
        <source>Promotional programmes</source>
        <translation>Programas promocionais</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Relatório:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pré-&amp;visualizar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Contact &amp;handle:</source>
        <translation>&amp;Identificador do contacto:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domínio:</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar o relatório em PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rd::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registo</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertas</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>A do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes when the desk next starts.</source>
        <translation>O idioma muda da próxima vez que o balcão arrancar.</translation>
    </message>
    <message>
        <source>the default, in your data folder</source>
        <translation>a predefinida, na sua pasta de dados</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Portfolio database file</source>
        <translation>Ficheiro da base de dados da carteira</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de dados SQLite (*.sqlite *.db);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>Ficheiro da &amp;base de dados:</translation>
    </message>
    <message>
        <source>The desk opens another database file when it next starts; --db on the command line takes precedence.</source>
        <translation>O balcão abre outro ficheiro de base de dados da próxima vez que arrancar; --db na linha de comandos tem precedência.</translation>
    </message>
    <message>
        <source>Registry profiles:</source>
        <translation>Perfis de registo:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Passwords are kept in: %1.</source>
        <translation>As palavras-passe são guardadas em: %1.</translation>
    </message>
    <message>
        <source>&amp;Sync with:</source>
        <translation>&amp;Sincronizar com:</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Só quando pedido</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>A cada %n minuto</numerusform>
            <numerusform>A cada %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>A cada %n hora</numerusform>
            <numerusform>A cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;schedule:</source>
        <translation>&amp;Frequência da sincronização:</translation>
    </message>
    <message>
        <source> days or less</source>
        <translation> dias ou menos</translation>
    </message>
    <message>
        <source>&amp;Critical:</source>
        <translation>&amp;Crítico:</translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation>A&amp;viso:</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Thresholds belong to the portfolio: everyone using this database shares them. Alerts use them at once; tables and the Today view when the desk next starts.</source>
        <translation>Os limiares pertencem à carteira: todos os que usam esta base de dados partilham-nos. Os alertas usam-nos de imediato; as tabelas e a vista Hoje da próxima vez que o balcão arrancar.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no tray notifications</source>
        <translation>&amp;Horas de silêncio: sem notificações na bandeja</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Das:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>À&amp;s:</translation>
    </message>
    <message>
        <source>The badge in the window still counts alerts during quiet hours.</source>
        <translation>O contador na janela continua a contar os alertas durante as horas de silêncio.</translation>
    </message>
    <message>
        <source>No registry (sync off)</source>
        <translation>Nenhum registo (sincronização desligada)</translation>
    </message>
    <message>
        <source>host not set</source>
        <translation>servidor por definir</translation>
    </message>
    <message>
        <source>Reset the built-in profile %1 to its defaults and forget its password?</source>
        <translation>Repor o perfil incluído %1 nos valores predefinidos e esquecer a palavra-passe?</translation>
    </message>
    <message>
        <source>Remove the registry profile %1 and forget its password?</source>
        <translation>Remover o perfil de registo %1 e esquecer a palavra-passe?</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remover perfil</translation>
    </message>
    <message>
        <source>Alert thresholds must stay in order: critical, then warning, then notice (%1 ≤ %2 ≤ %3 days).</source>
        <translation>Os limiares de alerta têm de estar por ordem: crítico, depois aviso, depois nota (%1 ≤ %2 ≤ %3 dias).</translation>
    </message>
    <message>
        <source>The alert thresholds could not be saved.</source>
        <translation>Não foi possível guardar os limiares de alerta.</translation>
    </message>
</context>
<context>
    <name>rd::ui::TablePage</name>
    <message>
        <source>Quick filter (Ctrl+F). Esc clears it; Esc again clears every filter.</source>
        <translation>Filtro rápido (Ctrl+F). Esc limpa-o; Esc outra vez limpa todos os filtros.</translation>
    </message>
    <message>
        <source>Saved views: a filter, the columns shown and the sort, under a name.</source>
        <translation>Vistas guardadas: um filtro, as colunas visíveis e a ordenação, com um nome.</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Guardar vista…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Apagar vista</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Repor colunas</translation>
    </message>
    <message>
        <source>(no saved view)</source>
        <translation>(sem vista guardada)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Guardar vista</translation>
    </message>
    <message>
        <source>Name of the view (a view with the same name is replaced):</source>
        <translation>Nome da vista (uma vista com o mesmo nome é substituída):</translation>
    </message>
</context>
<context>
    <name>rd::ui::TodayView</name>
    <message>
        <source>name servers</source>
        <translation>servidores de nomes</translation>
    </message>
    <message>
        <source>auto-renew</source>
        <translation>renovação automática</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renovação</translation>
    </message>
    <message>
        <source>owner change</source>
        <translation>alteração de titular</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Ultrapassados</translation>
    </message>
    <message>
        <source>Due in 24 hours</source>
        <translation>A vencer em 24 horas</translation>
    </message>
    <message>
        <source>Due in 7 days</source>
        <translation>A vencer em 7 dias</translation>
    </message>
    <message>
        <source>Deletions this week</source>
        <translation>Eliminações esta semana</translation>
    </message>
    <message>
        <source>Deletions next week</source>
        <translation>Eliminações na próxima semana</translation>
    </message>
    <message>
        <source>Open verifications</source>
        <translation>Verificações em aberto</translation>
    </message>
    <message>
        <source>Owner changes waiting on the current holder</source>
        <translation>Alterações de titular à espera do titular atual</translation>
    </message>
    <message>
        <source>Owner changes waiting on the new holder</source>
        <translation>Alterações de titular à espera do novo titular</translation>
    </message>
    <message>
        <source>Changes refused or without an answer</source>
        <translation>Alterações recusadas ou sem resposta</translation>
    </message>
    <message>
        <source>Deletions and expiries per week, next 12 weeks</source>
        <translation>Eliminações e expirações por semana, próximas 12 semanas</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoje, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n prazo</numerusform>
            <numerusform>%n prazos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nada aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n ação</numerusform>
            <numerusform>%n ações</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Aberta em %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n alteração</numerusform>
            <numerusform>%n alterações</numerusform>
        </translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusada</translation>
    </message>
    <message>
        <source>outcome unknown, check before sending again</source>
        <translation>resultado desconhecido, verifique antes de voltar a enviar</translation>
    </message>
    <message>
        <source>Never synced with the registry.</source>
        <translation>Nunca sincronizado com o registo.</translation>
    </message>
    <message>
        <source>Last sync started %1 and did not finish; the next one continues it.</source>
        <translation>A última sincronização começou em %1 e não terminou; a próxima continua-a.</translation>
    </message>
    <message>
        <source>Last sync %1: %2 checked, %3 changed, %4 flagged, %5 failed.</source>
        <translation>Última sincronização em %1: %2 verificados, %3 alterados, %4 assinalados, %5 falhados.</translation>
    </message>
    <message>
        <source>%1 · answer by %2</source>
        <translation>%1 · resposta até %2</translation>
    </message>
    <message>
        <source>tech contacts</source>
        <translation>contactos técnicos</translation>
    </message>
    <message>
        <source>DS records</source>
        <translation>registos DS</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>transferência (entrada)</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>eliminação</translation>
    </message>
    <message>
        <source>contact data</source>
        <translation>dados de contacto</translation>
    </message>
</context>
<context>
    <name>rd::ui::TransferInDialog</name>
    <message>
        <source>Transfer a domain in</source>
        <translation>Transferir um domínio para cá</translation>
    </message>
    <message>
        <source>The domain moves to this registrar with the auth code its holder got from the current registrar. The .PT registry moves it at once and keeps its expiry date. The code is used for this request only and kept nowhere.</source>
        <translation>O domínio passa para este registrador com o código de autorização que o titular obteve do registrador atual. O registo .PT transfere-o de imediato e mantém a data de expiração. O código serve apenas para este pedido e não fica guardado em lado nenhum.</translation>
    </message>
    <message>
        <source>example.pt</source>
        <translation>exemplo.pt</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domínio:</translation>
    </message>
    <message>
        <source>&amp;Auth code:</source>
        <translation>&amp;Código de autorização:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rever</translation>
    </message>
    <message>
        <source>Ask the registry about the domain; nothing is sent.</source>
        <translation>Perguntar ao registo pelo domínio; nada é enviado.</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Give the name of the domain to transfer in.</source>
        <translation>Indique o nome do domínio a transferir.</translation>
    </message>
    <message>
        <source>No registry connection is set up.</source>
        <translation>Não há nenhuma ligação ao registo configurada.</translation>
    </message>
    <message>
        <source>Cannot review: %1</source>
        <translation>Não foi possível rever: %1</translation>
    </message>
    <message>
        <source>Give the auth code of %1.</source>
        <translation>Indique o código de autorização de %1.</translation>
    </message>
    <message>
        <source>the domain</source>
        <translation>o domínio</translation>
    </message>
    <message>
        <source>Transfer %1 in to this registrar?

The registry moves it at once with the auth code given: the registrar it leaves is told, the code is used up, and this registrar answers for the domain from then on.</source>
        <translation>Transferir %1 para este registrador?

O registo transfere-o de imediato com o código de autorização indicado: o registrador de origem é avisado, o código deixa de valer, e este registrador passa a responder pelo domínio.</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transferir %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>rd::ui::VerificationDialog</name>
    <message>
        <source>Verification of the holder of %1</source>
        <translation>Verificação do titular de %1</translation>
    </message>
    <message>
        <source>Record that the registry asked the holder of %1 to prove their identity and contacts.</source>
        <translation>Registar que o registo pediu ao titular de %1 que comprove a identidade e os contactos.</translation>
    </message>
    <message>
        <source>Opened by the registry at:</source>
        <translation>Aberta pelo registo em:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registar</translation>
    </message>
    <message>
        <source>The holder must answer by %1, or the registry may suspend and delete the domain.</source>
        <translation>O titular tem de responder até %1; caso contrário, o registo pode suspender e eliminar o domínio.</translation>
    </message>
</context>
<context>
    <name>rd::ui::WeekChart</name>
    <message>
        <source>Deletions and expiries per week</source>
        <translation>Eliminações e expirações por semana</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n deletion(s)</source>
        <translation>
            <numerusform>Semana de %1: %n eliminação</numerusform>
            <numerusform>Semana de %1: %n eliminações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiry(ies)</source>
        <translation>
            <numerusform>%n expiração</numerusform>
            <numerusform>%n expirações</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletions (auto-renew off)</source>
        <translation>Eliminações (renovação automática desligada)</translation>
    </message>
    <message>
        <source>Expiries</source>
        <translation>Expirações</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana que começa a</translation>
    </message>
</context>
</TS>
