"""Spanish texts of the fresh22 split: residencias, ayuda a domicilio, farmacias, clínicas, aseguradoras y RR. HH. hospitalarios."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support -----------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "¿Mi póliza de Sanitas cubre la ortodoncia invisible para mayores de 18?",
    },
    {
        "kind": "support",
        "text": (
            "Resume este correo para la trabajadora social de la residencia, en castellano sencillo:\n\n"
            "Asunto: Plaza para mi padre\n"
            "Hola, soy ⟦PERSON|Nerea Altuna Mbappé⟧. Mi padre ⟦PERSON|Ignacio Altuna Ruiz⟧, DNI "
            "⟦ES_NIF|96022019D⟧, lleva tres meses en lista de espera para plaza pública. Tiene "
            "⟦HEALTH_DATA|ELA⟧ y ya usa ⟦HEALTH_DATA|ventilación no invasiva⟧ por la noche. Vivimos en "
            "⟦STREET_ADDRESS|Calle Ronda de Segovia 23, 3º B, 28005 Madrid⟧. Mi móvil: "
            "⟦PHONE_NUMBER|612 48 39 07⟧.\nUn saludo, ⟦PERSON|Nerea⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "[11:02] Paciente: No me llega el SMS de confirmación de la cita en la Clínica Dental Arenal\n"
            "[11:03] Recepción (⟦PERSON|Marisa⟧): ¿Nos confirma el número de cita? Debería empezar por CD-\n"
            "[11:03] Paciente: CD-20931\n"
            "[11:05] Recepción (⟦PERSON|Marisa⟧): Ya está, se lo hemos reenviado por correo. La cita es el jueves a las 17:30."
        ),
    },
    {
        "kind": "support",
        "text": (
            "Solicitud de reembolso - Mutua Levante Salud\n"
            "Asegurada: ⟦PERSON|Rocío Benjelloun Prats⟧\n"
            "NIE: ⟦ES_NIE|X1030404G⟧\n"
            "Concepto: ⟦HEALTH_DATA|sesiones de psicoterapia por trastorno de ansiedad generalizada⟧ (8 sesiones)\n"
            "Importe: 480 €\n"
            "Cuenta: ⟦IBAN_CODE|ES06 5031 8391 2534 9005 1515⟧"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Clasifica estas incidencias del almacén de la farmacia por urgencia (alta/media/baja):\n"
            "- Rotura de stock de amoxicilina 500 mg, proveedor Cofares, pedido PD-55812\n"
            "- Etiquetadora de la zona de robot sin papel\n"
            "- Nevera 2 marca 9,1 °C desde las 6:00"
        ),
    },
    {
        "kind": "support",
        "text": (
            "Buenas, llamo de parte de ⟦PERSON|Eusebio Carmona⟧, de Getafe. Necesita ambulancia para las sesiones "
            "de ⟦HEALTH_DATA|radioterapia⟧ en el 12 de Octubre, lunes a viernes a las 9. Su teléfono es "
            "⟦PHONE_NUMBER|+34 916 82 40 13⟧."
        ),
    },
    {
        "kind": "support",
        "text": (
            "El audífono Oticon Intent 1 de mi madre pita cuando habla por teléfono. ¿Hay que reprogramarlo en "
            "tienda o se puede ajustar desde la app Companion?"
        ),
    },
    {
        "kind": "support",
        "text": (
            'Traduce al inglés para el fabricante: "El desfibrilador Lifepak 1000 con número de serie '
            "LP-43120877 no supera la autoprueba diaria, muestra 'servicio' en pantalla. Ubicado en la residencia "
            'Los Almendros, Alicante."'
        ),
    },
    # -- hr ------------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": (
            "Ficha de alta - Hospital Comarcal del Bierzo\n"
            "Nombre: ⟦PERSON|Dolores Quiroga Nkemelu⟧\n"
            "NIF: ⟦ES_NIF|37738044N⟧\n"
            "Fecha de nacimiento: ⟦DATE_OF_BIRTH|17/03/1988⟧\n"
            "Puesto: TCAE, turno de noche, planta de medicina interna\n"
            "Vacunación: pendiente ⟦HEALTH_DATA|triple vírica⟧\n"
            "Afiliación sindical (para cuota): ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Recordatorio: el cuadrante de guardias de julio y agosto está publicado en la intranet. Los cambios "
            "entre compañeros deben comunicarse a supervisión con 72 horas de antelación."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Informe de vigilancia de la salud (resumen para RR. HH., con consentimiento):\n"
            "Trabajador: ⟦PERSON|Joaquim Fonseca Ribeiro⟧, celador, NIF portugués ⟦PT_NIF|277570247⟧\n"
            "Resultado: apto con limitaciones. Motivo: ⟦HEALTH_DATA|epilepsia controlada⟧; no conducir vehículos "
            "del centro ni trabajar en altura."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "CV - ⟦PERSON|Amparo Villalobos Osei⟧\n"
            "Fisioterapeuta colegiada nº 5123 (Colegio de Valencia)\n"
            "⟦EMAIL_ADDRESS|amparo.villalobos.fisio@gmail.com⟧ · ⟦PHONE_NUMBER|655 902 147⟧\n"
            "2018-2026: Clínica Fisiomar, Gandía - suelo pélvico y deportiva\n"
            "Idiomas: valenciano, inglés B2"
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Acta del comité de empresa, 18 de febrero. Se aprueba la propuesta de ⟦TRADE_UNION_MEMBERSHIP|UGT⟧ "
            "sobre los descansos en turnos de 12 horas. ⟦PERSON|Casimiro Elduayen⟧ pide constar que su voto en "
            "contra se debe a su afiliación a ⟦POLITICAL_OPINION|Vox⟧, que rechaza el convenio."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Nota de la coordinadora: ⟦PERSON|Yaiza⟧, de la familia ⟦ETHNIC_ORIGIN|gitana⟧ que atendemos en "
            "Triana, prefiere que la auxiliar sea mujer. Asignamos a ⟦PERSON|Lidia⟧ desde el lunes."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Oferta: enfermero/a para centro de día en Zaragoza, contrato indefinido, jornada de mañana, "
            "salario según convenio de dependencia. Enviar CV antes del 15 de mayo."
        ),
    },
    {
        "kind": "hr",
        "text": (
            "Hola ⟦PERSON|Begoña⟧, te confirmo que ya tenemos tu parte de baja por ⟦HEALTH_DATA|embarazo de "
            "riesgo⟧. Tu sustituta empieza el día 3. ¡Cuídate mucho! ⟦PERSON|Itziar⟧, Personal"
        ),
    },
    # -- marketing -----------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": (
            "Dona plasma en el Centro de Transfusión de Valencia. Abierto de lunes a sábado, cita previa por "
            "WhatsApp o en la web. Cada donación cuenta."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Testimonio: "Tras el ⟦GENETIC_DATA|estudio genético que confirmó el síndrome de Lynch⟧, mis hijos '
            'también se hicieron la prueba." - ⟦PERSON|Fermín Lasarte Cuadrado⟧'
        ),
    },
    {
        "kind": "marketing",
        "text": "Óptica Miramar: revisión visual gratis y gafas desde 59 €.",
    },
    {
        "kind": "marketing",
        "text": (
            "Boletín de la Fundación Asindown: este trimestre inauguramos un nuevo taller de jardinería en "
            "Paterna y ampliamos el servicio de empleo con apoyo a 40 plazas. Más información: "
            "⟦PERSON|Arantxa Millán⟧, ⟦EMAIL_ADDRESS|arantxa.millan@asindown.org⟧."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Perfil de equipo: ⟦PERSON|Rubén Okonjo Sáez⟧, técnico de emergencias sanitarias desde 2012. Cuenta "
            "que su fe ⟦RELIGIOUS_BELIEF|evangélica⟧ le ayuda a sobrellevar las noches más duras en la UVI móvil."
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Reescribe este texto de la landing como tres frases cortas: "Clínica de fisioterapia en Bilbao, '
            "especialistas en rehabilitación tras lesiones deportivas, primera valoración gratuita, parking "
            'concertado."'
        ),
    },
    {
        "kind": "marketing",
        "text": (
            'Reseña: "El equipo de la Clínica Fértil Mediterránea nos trató genial durante la ⟦HEALTH_DATA|FIV⟧. '
            'Gracias a la Dra. ⟦PERSON|Ordóñez⟧." - ⟦PERSON|Maite⟧ y ⟦PERSON|Ainhoa Berasategui⟧'
        ),
    },
    {
        "kind": "marketing",
        "text": (
            "Servicio de ayuda a domicilio en Murcia: higiene, acompañamiento y respiro familiar. Primera visita "
            "de valoración sin compromiso."
        ),
    },
    # -- docs ----------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": (
            "Cómo pedir cita en la app: entra con tu tarjeta sanitaria, elige especialidad y centro, y confirma. "
            "Podrás anular la cita hasta 2 horas antes desde 'Mis citas'."
        ),
    },
]
