"""Hand-written Spanish texts of the ``fresh19`` split: reformas, talleres, gestorías, notarías y administradores de fincas."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Parte de trabajo PT-11842 – Electricidad Lozano\n"
        "Cliente: ⟦PERSON|Remedios Caballero Ortuño⟧\nDirección: ⟦STREET_ADDRESS|C/ Doctor Fleming 18, 3.º B, 30003 Murcia⟧\n"
        "Tel.: ⟦PHONE_NUMBER|968 21 44 07⟧\n"
        "Avería: salta el diferencial al encender el horno. Urgente: la clienta usa ⟦HEALTH_DATA|concentrador de oxígeno⟧ por una "
        "⟦HEALTH_DATA|EPOC⟧ y no puede quedarse sin luz.",
    },
    {
        "kind": "support",
        "text": "¿El presupuesto de la reforma de cocina (PR-0456, 9.870 € + IVA) incluye la retirada de escombros o va aparte?",
    },
    {
        "kind": "support",
        "text": "Redacta una respuesta para este propietario de la comunidad:\n\n"
        "De: ⟦EMAIL_ADDRESS|ignacio.urquijo@telefonica.net⟧\nAsunto: Derrama ascensor – C/ Ercilla 40\n\n"
        "Buenas tardes, no estoy de acuerdo con la derrama de 1.200 € para el ascensor. En la junta no se votó por mayoría. "
        "Les pido el acta y que no me carguen el recibo en mi cuenta ⟦IBAN_CODE|ES14 8732 2832 0489 4683 1038⟧ hasta aclararlo.\n"
        "⟦PERSON|Ignacio Urquijo Basterra⟧",
    },
    {
        "kind": "support",
        "text": "Taller Hermanos Ruiz, OR 2024/1571: Seat León 1.5 TSI, cambio de embrague y volante bimasa, 1.480 € con IVA. Vehículo de sustitución hasta el viernes.",
    },
    {
        "kind": "support",
        "text": "Resume este chat de la gestoría:\n"
        "[11:02] cliente: hola soy ⟦PERSON|Wilson Quispe Mamani⟧, para la renta necesito el certificado de retenciones\n"
        "[11:03] gestoría: buenos días, ¿nos confirma su NIE?\n"
        "[11:04] cliente: ⟦ES_NIE|X0325980R⟧\n"
        "[11:05] gestoría: gracias, se lo enviamos hoy a su correo\n"
        "[11:05] cliente: ⟦EMAIL_ADDRESS|wquispe.mamani@gmail.com⟧ gracias",
    },
    {
        "kind": "support",
        "text": "Informe de incidencia, empresa de mudanzas: durante la descarga en Alcalá se rayó el aparador de nogal del cliente (expediente MD-3318). Se ofrece reparación por ebanista o indemnización de 220 €.",
    },
    {
        "kind": "support",
        "text": "Notaría: para la escritura de compraventa del viernes falta el DNI del comprador, ⟦PERSON|Álvaro Sotomayor Gil⟧: ⟦ES_NIF|61285723S⟧. "
        "Y la vendedora es portuguesa, NIF ⟦PT_NIF|258511125⟧.",
    },
    {
        "kind": "support",
        "text": "Despacho: en la herencia de ⟦PERSON|Teodoro Ampudia Salcedo⟧ el juzgado ya tiene la ⟦GENETIC_DATA|prueba de ADN de paternidad⟧ de ⟦PERSON|Iker Ampudia Solana⟧. Hay que rehacer el cuaderno particional antes del día 20.",
    },
    # -- hr ------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Alta de trabajador – ETT Levante Empleo\n"
        "Nombre: ⟦PERSON|Nicolás Fuenmayor Peña⟧\nDNI: ⟦ES_NIF|12835179-Y⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|03/08/1989⟧\n"
        "Cuenta: ⟦IBAN_CODE|ES82 7527 9758 6206 3742 9749⟧\nPuesto: peón de almacén, Ribarroja\n"
        "Observaciones: ⟦HEALTH_DATA|discapacidad reconocida del 33 %⟧ (auditiva), no asignar a carretilla.",
    },
    {
        "kind": "hr",
        "text": "Recordatorio: los partes de horas de la obra de Paterna se entregan los lunes antes de las 10. Sin parte firmado no se pagan las horas extra. Dudas: ⟦PERSON|Pilar Navarrete⟧, ext. 214.",
    },
    {
        "kind": "hr",
        "text": "Pásalo a un tono más humano, es para el expediente:\n"
        "El oficial de primera ⟦PERSON|Eusebio Valdepeñas⟧ estuvo de baja 21 días por ⟦HEALTH_DATA|lumbalgia aguda⟧. Vuelve con "
        "restricción de cargas durante un mes. La mutua ha validado el alta.",
    },
    {
        "kind": "hr",
        "text": "Acta del comité de empresa, Limpiezas Guadalquivir S.L., 22 de mayo\n"
        "Asisten: ⟦PERSON|Rocío Montaño⟧ (⟦TRADE_UNION_MEMBERSHIP|CCOO⟧), ⟦PERSON|Antonio Bermejo⟧ (⟦TRADE_UNION_MEMBERSHIP|UGT⟧) y RR. HH.\n"
        "1. Fichaje por ⟦BIOMETRIC_DATA|huella dactilar⟧ en los hospitales: se mantiene la tarjeta para quien no dé su consentimiento.\n"
        "2. Calendario de verano aprobado.",
    },
    {
        "kind": "hr",
        "text": "Oferta: Administrador/a de fincas colegiado para despacho en Zaragoza. Gestión de 60 comunidades, juntas por la tarde, jornada continua en verano.",
    },
    {
        "kind": "hr",
        "text": "Vigilante de seguridad candidata: ⟦PERSON|Yolanda Crespo⟧, NIE ⟦ES_NIE|Z3850104R⟧. Certificado de antecedentes con "
        "⟦CRIMINAL_RECORD|condena por hurto en 2020⟧: no se puede tramitar la TIP. Comunicárselo con tacto.",
    },
    {
        "kind": "hr",
        "text": "Nota interna: ⟦PERSON|Ahmed Bouzid⟧ pide cambiar de turno en el taller durante el ⟦RELIGIOUS_BELIEF|Ramadán⟧ (entrar a las 6 y salir a las 14). Aprobado por el jefe de taller.",
    },
    {
        "kind": "hr",
        "text": "Vacaciones de agosto: el despacho cierra del 11 al 22. Turnos de guardia para el IVA del tercer trimestre en la hoja compartida.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "¡Cambia tu bañera por plato de ducha en un solo día! Desde 1.290 € instalado, mampara incluida. Pide tu visita gratuita.",
    },
    {
        "kind": "marketing",
        "text": "Testimonio para la web de la constructora:\n"
        "«Con mi ⟦HEALTH_DATA|artrosis de cadera⟧ subir al primer piso era un calvario. Nos instalaron un ascensor unifamiliar sin "
        "apenas obras.» – ⟦PERSON|Encarnación Villalba⟧, Jaén",
    },
    {
        "kind": "marketing",
        "text": "Post para LinkedIn de la asesoría: ya está abierto el plazo del Kit Digital 2025. Te ayudamos con la solicitud y la justificación.",
    },
    {
        "kind": "marketing",
        "text": "Perfil para la revista interna de la empresa de seguridad:\n"
        "⟦PERSON|Jonatan Heredia Amador⟧, jefe de equipo en el aeropuerto, ⟦ETHNIC_ORIGIN|gitano⟧ y orgulloso de serlo, entrena "
        "a los nuevos vigilantes y es concejal de ⟦POLITICAL_OPINION|Podemos⟧ en su pueblo.",
    },
    {
        "kind": "marketing",
        "text": "Anuncio inmobiliaria: Piso de 3 dormitorios en Ruzafa, 95 m², reformado, balcón a la calle, sin ascensor. 289.000 €. Certificado energético E.",
    },
    {
        "kind": "marketing",
        "text": "Campaña de email del taller: revisión pre-ITV gratis en mayo, 15 % en neumáticos Continental y cambio de aceite desde 59 €.",
    },
    {
        "kind": "marketing",
        "text": "Escribe un post por el Orgullo para la empresa de reformas, con esto:\n"
        "Nuestra jefa de obra ⟦PERSON|Marta Igual Ferrer⟧ (⟦SEX_LIFE_ORIENTATION|lesbiana⟧) desfila este año con el equipo.",
    },
    {
        "kind": "marketing",
        "text": "Folleto limpieza de comunidades: escaleras, portales y garajes, 2 visitas semanales desde 120 €/mes. Productos ecológicos.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "La Ley de Propiedad Horizontal obliga a cada comunidad a constituir un fondo de reserva no inferior al 10 % "
        "de su último presupuesto ordinario. El fondo se destina a obras de conservación y reparación de la finca y, "
        "en su caso, a las obras de accesibilidad. Los acuerdos de la junta se recogen en el libro de actas, que debe "
        "estar diligenciado por el Registro de la Propiedad.",
    },
]
