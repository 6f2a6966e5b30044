"""Hand-written Spanish texts of the ``fresh20`` split: cajas y cooperativas de crédito, intermediarios hipotecarios, recobro, Monte de Piedad, gestorías, nóminas y seguros de vida."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    {"kind": "support", "text": "Hola, ¿el Bizum tiene límite diario? Quiero mandar 1.200 € a mi hermana."},
    {
        "kind": "support",
        "text": "Asunto: Alta de cuenta – documentación\n\nBuenos días:\n\nAdjunto mi NIE ⟦ES_NIE|Y5736881M⟧, el certificado de empadronamiento y la última nómina. Vivo en ⟦STREET_ADDRESS|Calle Sant Pere Més Alt 41, 2º 1ª, 08003 Barcelona⟧. Necesito la cuenta para cobrar en la empresa de reparto.\n\nGracias,\n⟦PERSON|Wilson Andrés Cárdenas⟧\n⟦PHONE_NUMBER|+34 612 408 337⟧",
    },
    {
        "kind": "support",
        "text": "Clasifica esta reclamación en una de estas categorías: FRAUDE, COMISIONES, HIPOTECA, OTRO. Responde solo con la categoría.\n\n«Me han cobrado 35 € de comisión por descubierto en la cuenta 2100-0418-xx sin avisarme. Ya reclamé en la oficina de Triana y nadie me contesta. Expediente REC-2024-99107.»",
    },
    {
        "kind": "support",
        "text": "[11:47] Cliente: buenas, me ha llegado un SMS diciendo que mi tarjeta está bloqueada y que pinche en un enlace\n[11:48] Agente (⟦PERSON|Nerea⟧): ¡No pinche! Es phishing. Nosotros nunca enviamos enlaces por SMS.\n[11:48] Cliente: uf menos mal\n[11:49] Agente (⟦PERSON|Nerea⟧): Si quiere, reenvíe el SMS a seguridad@ y lo bloqueamos. Incidencia 55021-B.",
    },
    {
        "kind": "support",
        "text": "Estimado Sr. ⟦PERSON|Ortega⟧: le recordamos que la cuota del préstamo 0049-7720115 del mes de noviembre (312,45 €) sigue pendiente. Si atraviesa dificultades, llame a nuestro equipo de soluciones de pago. Ortiz & Lara Gestión de Cobros.",
    },
    {
        "kind": "support",
        "text": "¿Puedo desempeñar mis joyas en otra oficina del Monte de Piedad distinta de la que las empeñé? Papeleta 3307-118. Gracias, ⟦PERSON|Remedios Cuenca⟧.",
    },
    {
        "kind": "support",
        "text": "Hola gestoría, os paso los datos para la renta de mi madre: ⟦PERSON|Rosario Gil Pacheco⟧, DNI ⟦ES_NIF|42946168-Q⟧. Este año ha cobrado la pensión de viudedad y tiene reconocido un ⟦HEALTH_DATA|65 % de discapacidad⟧, así que creo que se puede aplicar la deducción. Cuenta para la devolución: ⟦IBAN_CODE|ES10 5484 4193 5838 2410 8647⟧.",
    },
    {
        "kind": "support",
        "text": "Hola, soy portugués y vivo en Vigo. Tengo NIF de Portugal (⟦PT_NIF|144177838⟧), ¿puedo abrir la cuenta con él o necesito sacar el NIE? – ⟦PERSON|Tiago Magalhães Rebelo⟧",
    },
    {
        "kind": "hr",
        "text": "CUESTIONARIO MÉDICO – SEGURO DE VIDA VINCULADO A HIPOTECA\nAsegurado: ⟦PERSON|Lucía Esteban Moreno⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|18/12/1986⟧\n¿Padece alguna enfermedad crónica? Sí: ⟦HEALTH_DATA|VIH en tratamiento antirretroviral⟧, carga viral indetectable\n¿Ha estado de baja más de 30 días en los últimos 3 años? No\n¿Fuma? No\nCapital: 210.000 € – Solicitud SV-2024-118830",
    },
    {
        "kind": "hr",
        "text": "Acta de la reunión del comité de empresa – 19 de noviembre\nAsistentes: 5 miembros del comité (preside ⟦PERSON|Nuria Calvo⟧, ⟦TRADE_UNION_MEMBERSHIP|UGT⟧) y la directora de RR. HH.\n1. Calendario laboral 2025 aprobado.\n2. Plan de igualdad: se revisará la brecha salarial en el área comercial.\n3. Ruegos y preguntas: aparcamiento de la sede de Zaragoza.",
    },
    {
        "kind": "hr",
        "text": "Oye ⟦PERSON|Marta⟧, ⟦PERSON|Hamza⟧ pide cambiar el turno del viernes por la tarde porque va a la ⟦RELIGIOUS_BELIEF|mezquita⟧ a la oración. ¿Le cuadramos con ⟦PERSON|Iván⟧?",
    },
    {
        "kind": "hr",
        "text": "Ficha de alta – asesoría laboral Cañizares\nTrabajador: ⟦PERSON|Ionuț Popescu⟧\nNIE: ⟦ES_NIE|X3718316K⟧\nDomicilio: ⟦STREET_ADDRESS|Avenida de la Constitución 77, 3ºB, 30008 Murcia⟧\nCategoría: auxiliar administrativo\nAntecedentes penales (declarados por el trabajador): ⟦CRIMINAL_RECORD|condena por hurto en 2018⟧\nAfiliación sindical (cuota en nómina): ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧\nTeléfono: ⟦PHONE_NUMBER|644 20 19 75⟧",
    },
    {
        "kind": "hr",
        "text": "CURRÍCULUM\n⟦PERSON|Paula Iriarte Echeverría⟧ · ⟦EMAIL_ADDRESS|paula.iriarte.e@gmail.com⟧\nAnalista de riesgos, Caja Rural de Navarra (2019–actualidad)\nGestora de cobros, Kutxabank (2016–2019)\nMáster en Finanzas, Universidad de Deusto\nIdiomas: euskera, castellano, inglés B2",
    },
    {
        "kind": "hr",
        "text": "Recordatorio: la nómina de diciembre se abonará el día 20 junto con la paga extra. Las incidencias de horas extra deben enviarse antes del día 12.",
    },
    {
        "kind": "hr",
        "text": "Informe de baja – confidencial\nEmpleado: ⟦PERSON|Francisco Javier Ruiz⟧, gestor de hipotecas, oficina Jaén\nBaja desde: 04/11\nMotivo comunicado por el trabajador: ⟦HEALTH_DATA|trastorno de ansiedad generalizada⟧\nMutua: Fraternidad-Muprespa\nPrevisión de alta: revisión 02/12",
    },
    {
        "kind": "hr",
        "text": "Formación obligatoria MiFID II: 30 horas anuales. Quedan 14 personas por completar el módulo de productos complejos; plazo 31/12.",
    },
    {
        "kind": "marketing",
        "text": "¿Cuotas que no puedes pagar? En nuestra asociación te ayudamos gratis a negociar con los bancos y a estudiar la Ley de Segunda Oportunidad. Pide cita.",
    },
    {
        "kind": "marketing",
        "text": "«Llevaba dos años intentando hipotecarme siendo autónomo. Mi bróker encontró un banco que aceptó mis ingresos de la app de facturación y firmamos en seis semanas.» – ⟦PERSON|Álvaro⟧, Málaga",
    },
    {
        "kind": "marketing",
        "text": "Cuenta Remunerada al 2,5 % TAE el primer año, sin comisiones ni nómina obligatoria. Depósitos garantizados por el FGD hasta 100.000 €.",
    },
    {
        "kind": "marketing",
        "text": "Nuestro equipo: ⟦PERSON|Begoña Urrutia⟧ lleva 20 años en la cooperativa y hoy dirige la oficina de Getxo. Siempre con un café y una sonrisa.",
    },
    {
        "kind": "marketing",
        "text": "Campaña de la Renta: haz tu declaración con nosotros desde 35 €. Autónomos, alquileres, criptomonedas y deducciones autonómicas incluidas.",
    },
    {
        "kind": "marketing",
        "text": "Boletín de la plataforma, por ⟦PERSON|Jordi Vilaró⟧, cofundador: el proyecto de placas solares de la cooperativa de Teruel ha conseguido 240.000 € de 1.900 inversores. Próximo proyecto: rehabilitación de viviendas en Lugo.",
    },
    {
        "kind": "marketing",
        "text": "Empeña tu oro y llévate el dinero en el momento. Tasación gratuita, máxima discreción, recupera tus joyas cuando quieras.",
    },
    {
        "kind": "marketing",
        "text": "Compra y vende criptoactivos en euros con la app registrada en el Banco de España. Invertir en criptoactivos conlleva riesgos; puedes perder todo el capital.",
    },
    {
        "kind": "docs",
        "text": "Qué es el Fichero de Titularidades Financieras\n\nEl Fichero de Titularidades Financieras es una base de datos gestionada por el Servicio Ejecutivo de la Comisión de Prevención del Blanqueo de Capitales en la que las entidades declaran la apertura y cancelación de cuentas corrientes, de ahorro, depósitos y cajas de seguridad. No contiene saldos ni movimientos, y su consulta está limitada a jueces, fiscales, policía judicial y la Agencia Tributaria.",
    },
    {
        "kind": "hr",
        "text": "Hola ⟦PERSON|Marisa⟧, te paso la solicitud de ⟦PERSON|Andrés Villalba⟧ (oficina de Cáceres): pide los 15 días de permiso por matrimonio del 10 al 24 de mayo, ⟦SEX_LIFE_ORIENTATION|se casa con su novio⟧ ⟦PERSON|Rubén⟧. Ya lo tiene aprobado su director.",
    },
]
