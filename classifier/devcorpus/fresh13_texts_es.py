"""Hand-written Spanish texts of the ``fresh13`` split: prompts with pasted material, as services send them."""

from __future__ import annotations

TEXTS: list[dict[str, str]] = [
    # -- support ---------------------------------------------------------------------------------------------
    {
        "kind": "support",
        "text": "Resume esta notificación de sospecha de reacción adversa para FEDRA:\n"
        "Notificador: ⟦PERSON|Begoña Urrutia Larrañaga⟧, médica de AP, CS Delicias, tel. ⟦PHONE_NUMBER|976 55 21 09⟧\n"
        "Paciente: varón 67 a., ⟦HEALTH_DATA|EPOC⟧ y ⟦HEALTH_DATA|fibrilación auricular⟧\n"
        "Fármaco sospechoso: Broncelan 18 mcg inhalado, lote BR4471\n"
        "Reacción: ⟦HEALTH_DATA|retención urinaria aguda⟧ a los 5 días, sondaje en urgencias. Retirado el fármaco, resuelto.",
    },
    {
        "kind": "support",
        "text": "Ponlo más amable: 'Su cita para el visado nacional (ref. VN-MAD-44012) ha sido cancelada por falta de documentación. "
        "Puede pedir cita nueva en la web.'",
    },
    {
        "kind": "support",
        "text": "Extrae los datos KYC en JSON y dime qué falta:\n"
        "Nombre: ⟦PERSON|Wilmer Andrés Quintero Rojas⟧\nNIE: ⟦ES_NIE|X7481010F⟧\nFecha de nacimiento: ⟦DATE_OF_BIRTH|30/08/1990⟧\n"
        "Domicilio: ⟦STREET_ADDRESS|C/ de Bravo Murillo 233, 4ºB, 28020 Madrid⟧\nMóvil: ⟦PHONE_NUMBER|+34 622 418 907⟧\n"
        "Origen de fondos: nómina (repartidor)\nCuenta: ⟦IBAN_CODE|ES25 8385 2793 1862 0093 8721⟧",
    },
    {
        "kind": "support",
        "text": "Historial del ticket CC-90213 (caja rural, sucursal de Aranjuez). Redacta la respuesta final:\n"
        "03/11 ABIERTO - cliente reclama comisión de mantenimiento 12 €\n04/11 EN CURSO - revisado: no cumple vinculación (nómina)\n"
        "10/11 EN CURSO - nómina domiciliada desde octubre\n11/11 RESUELTO - se devuelve la comisión",
    },
    {
        "kind": "support",
        "text": "Tanatorio-crematorio: pasa a limpio la nota de la llamada.\n"
        "Llama ⟦PERSON|Remedios Cubero Vidal⟧ por su hermano ⟦PERSON|Julián Cubero Vidal⟧, fallecido anoche. Quieren incineración el "
        "jueves y misa en la parroquia, él era ⟦RELIGIOUS_BELIEF|muy católico⟧. Llevaba ⟦HEALTH_DATA|marcapasos⟧. Pago con tarjeta "
        "⟦CREDIT_CARD|5172-6201-2066-3535⟧. Contacto: ⟦EMAIL_ADDRESS|reme.cubero@gmail.com⟧",
    },
    {
        "kind": "support",
        "text": "oye, ¿cómo explico a un usuario que el ayuda al alquiler (Bono Alquiler Joven) es incompatible con otra ayuda autonómica? "
        "Expediente BAJ-2026-3318, en 3 frases",
    },
    {
        "kind": "support",
        "text": "App de citas, reporte para moderación. Clasifica gravedad:\n"
        "Usuaria ⟦PERSON|Nerea Olabarria⟧ informa que su match le preguntó si era ⟦ETHNIC_ORIGIN|gitana⟧ por su apellido materno y, tras "
        "decirle que sí, le envió insultos racistas. Adjunta 6 capturas. ID perfil reportado 8a3e-77b1.",
    },
    {
        "kind": "support",
        "text": "Traduce al portugués para la clienta: 'Hemos recibido su certificado de residencia fiscal. "
        "Su NIF portugués ⟦PT_NIF|365662739⟧ ya consta en la ficha de ⟦PERSON|Inês Carvalho Teixeira⟧. Transferencias a "
        "⟦IBAN_CODE|PT37 7082 5557 2944 8904 3301 3⟧ activas desde hoy.'",
    },
    # -- hr --------------------------------------------------------------------------------------------------
    {
        "kind": "hr",
        "text": "Reconocimiento médico de conductores - reescribe para jefe de tráfico sin diagnósticos:\n"
        "Trabajador: ⟦PERSON|Eusebio Garrido Montoya⟧, DNI ⟦ES_NIF|52562297-Y⟧, base de Coslada\n"
        "Resultado: ⟦HEALTH_DATA|hipertensión mal controlada⟧ (180/105), inicia ⟦HEALTH_DATA|enalapril⟧. "
        "Apto con restricciones: no conducción nocturna hasta control en 4 semanas.",
    },
    {
        "kind": "hr",
        "text": "Bajas (IT) recibidas en el centro de servicios compartidos - tabla para nóminas:\n"
        "⟦PERSON|Yolanda Peñalver⟧ | baja 05/11 | alta pendiente | contingencia común\n"
        "⟦PERSON|Sergio Ibarra Lozano⟧ | baja 12/11 | alta 19/11 | ⟦HEALTH_DATA|accidente laboral, esguince de tobillo⟧\n"
        "⟦PERSON|Fátima Ezzahraoui⟧ | baja 01/11 | ⟦HEALTH_DATA|riesgo durante el embarazo⟧ | prestación INSS",
    },
    {
        "kind": "hr",
        "text": "Evaluación de desempeño - hazla más equilibrada:\nPuesto: técnico de whereabouts (localización de deportistas)\n"
        "+ conoce ADAMS a fondo, cero errores en notificaciones\n- poca proactividad con federaciones autonómicas\n"
        "Objetivo: reducir 'missed tests' por datos incompletos un 20 %.",
    },
    {
        "kind": "hr",
        "text": "Notas del PAE (programa de ayuda al empleado) - resumen para la siguiente psicóloga:\n"
        "⟦PERSON|Raúl Castañeda Prieto⟧, 3.ª sesión. ⟦HEALTH_DATA|Ansiedad generalizada⟧, ⟦HEALTH_DATA|insomnio⟧. Duelo por su pareja "
        "⟦PERSON|Jorge⟧, fallecido en marzo; menciona que en la oficina nadie sabe que es ⟦SEX_LIFE_ORIENTATION|homosexual⟧.",
    },
    {
        "kind": "hr",
        "text": "Entrevista de salida, resume en 4 viñetas:\nTrabajadora familiar (SAD), 3 años. Se va por desplazamientos no pagados entre "
        "domicilios y cambios de ruta de un día para otro. Valora mucho a la coordinadora y la formación en movilizaciones.",
    },
    {
        "kind": "hr",
        "text": "Sección de CV en tabla, por favor:\n"
        "| Años | Puesto | Empresa |\n2019-hoy Analista KYC/AML, Finvera Pagos S.L., Madrid\n"
        "2016-2019 Gestora de oficina, Caja Rural del Tajo\nIdiomas: español, inglés C1, polaco básico",
    },
    {
        "kind": "hr",
        "text": "Reservista voluntario - informe de la entrevista de incorporación, revisa la redacción:\n"
        "Aspirante ⟦PERSON|Adrián Villalobos Sanz⟧. Declara ⟦CRIMINAL_RECORD|antecedentes penales por un delito de lesiones (2015), cancelados⟧. "
        "Afiliado a ⟦TRADE_UNION_MEMBERSHIP|CCOO⟧ en su empresa. Apto psicotécnico.",
    },
    {
        "kind": "hr",
        "text": "Caso RR.HH. - nota para el expediente, ordena cronológicamente:\n"
        "20/10 queja de ⟦PERSON|Lucía Barroso⟧ contra su supervisor por comentarios sobre su ⟦RELIGIOUS_BELIEF|hiyab⟧.\n"
        "14/10 primera conversación informal. 27/10 reunión con delegada de prevención. 03/11 medida: cambio de turno del supervisor.",
    },
    # -- marketing -------------------------------------------------------------------------------------------
    {
        "kind": "marketing",
        "text": "Copy para la campaña de socios de la cooperativa de crédito: 'Tu banco es tuyo'. Beneficios: cuenta sin comisiones, "
        "retorno cooperativo anual, 1 socio 1 voto. Dos versiones para marquesina.",
    },
    {
        "kind": "marketing",
        "text": "Testimonio para la web de ayuda a domicilio, corrígelo:\n"
        "«Con ⟦HEALTH_DATA|mi esclerosis múltiple⟧ pensé que tendría que dejar mi piso. Ahora vienen cada mañana y el plan de cuidados "
        "lo hicimos juntos.» - ⟦PERSON|Consuelo Arjona⟧, 61 años, Getafe",
    },
    {
        "kind": "marketing",
        "text": "Publicación para el museo: 'Amigos del Museo' - visitas privadas antes de la apertura, invitación a inauguraciones, "
        "25 % en la tienda. Cuota 50 €/año. Tono cercano.",
    },
    {
        "kind": "marketing",
        "text": "Nota de prensa de la agencia de adopción, acórtala (consentimiento firmado):\n"
        "⟦PERSON|Marisa Trujillo⟧, madre soltera por adopción, cuenta cómo su hija Wen, ⟦ETHNIC_ORIGIN|nacida en China⟧, aprende chino "
        "cada sábado. Marisa, ⟦HEALTH_DATA|con una discapacidad visual⟧, fue declarada idónea en 2021 pese a ser ⟦GENETIC_DATA|portadora de la mutación BRCA2⟧.",
    },
    {
        "kind": "marketing",
        "text": "Reportaje para la revista de la federación: ⟦PERSON|Iker Zubeldia⟧, ciclista, explica su autorización de uso terapéutico por "
        "⟦HEALTH_DATA|asma de esfuerzo⟧ y cómo rellena la localización diaria. Reduce a 90 palabras.",
    },
    {
        "kind": "marketing",
        "text": "Email para el crematorio: servicio de ceremonias laicas y religiosas, sala con aforo de 150 personas, música en directo, "
        "urnas biodegradables. Asunto + 2 párrafos.",
    },
    {
        "kind": "marketing",
        "text": "Anuncio empleo conductores C+E: reconocimiento médico pagado por la empresa, rutas Madrid-Valencia, 2.300 € netos. "
        "Mencionar que el delegado ⟦PERSON|Marcos Peláez⟧ de ⟦TRADE_UNION_MEMBERSHIP|UGT⟧ atenderá dudas? Reescríbelo sin eso.",
    },
    {
        "kind": "marketing",
        "text": "Post para el programa de ayuda al empleado: 'Hablar ayuda. Atención psicológica gratuita y confidencial para ti y tu familia, "
        "24 horas'. Añade 3 hashtags.",
    },
    # -- docs ------------------------------------------------------------------------------------------------
    {
        "kind": "docs",
        "text": "Ajuste fino frente a RAG: el ajuste fino (fine-tuning) adapta el estilo y el formato de respuesta del modelo, pero no es "
        "la mejor forma de añadir conocimiento que cambia a menudo. Para documentación interna que se actualiza cada semana, "
        "la recuperación aumentada (RAG) con un índice vectorial suele ser más barata y fácil de auditar. LoRA permite ajustar "
        "modelos de 7 a 13 mil millones de parámetros en una sola GPU de 24 GB.",
    },
]
