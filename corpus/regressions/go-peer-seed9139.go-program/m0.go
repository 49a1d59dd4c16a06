package main

import "unsafe"

var _ unsafe.Pointer

//go:noinline
func m0_f0(p0 complex128, p1 float32, p2 bool, p3 int32, p4 float64, p5 float64, p6 float64, p7 float64, p8 float64, p9 uint64, p10 float32, p11 float64, p12 rune, p13 uint64, p14 int8, p15 complex128, p16 float32, p17 float64, p18 [0]byte, p19 complex64, p20 float32, p21 *int16, p22 string, p23 float64, p24 float64, p25 float32, p26 []complex128) (float64, float64, struct{F0 uint32; F1 bool; F2 string; F3 *complex64}, complex128, float64, string, rune, float32, float64, rune, int, uint, int8, string, struct{F0 int}, float64, float64, uint32, float64, complex128, float64) {
	var v0, v1, v5, v6, v7, v8, v10, v11, v12, v17, v21, v22, v24, v26, v27, v41, v42, v46, v47, v48, v50, v51, v54, v57, v58, v63, v64, v65, v66, v68, v69, v70, v71, v72, v74, v75, v88, v96, v97, v98, v106, v107, v115, v118, v122, v132, v136, v137, v140, v143, v144, v153, v156, v159, v162, v165, v168, v171, v178, v179, v182, v193, v196, v199, v200, v203, v206, v209, v212, v213, v216, v217, v220, v221, v224, v225, v241, v244, v247, v248, v255, v256, v259, v260, v263, v272, v284, v295, v302, v317, v318, v321, v324, v325, v334, v337, v340, v343, v346, v349, v352, v359, v360, v363, v374, v377, v380, v381, v384, v387, v390, v393, v394, v397, v398, v401, v402, v405, v406, v422, v425, v428, v429, v436, v437, v440, v441, v444, v453, v465, v476, v479, v484, v485, v497, v498, v501, v502, v511, v524, v525, v537, v548, v563, v564, v567, v570, v571, v580, v583, v586, v589, v592, v595, v598, v605, v606, v609, v620, v623, v626, v627, v630, v633, v636, v639, v640, v643, v644, v647, v648, v651, v652, v668, v671, v674, v675, v682, v683, v686, v687, v690, v699, v711, v722, v725, v730, v731, v743, v744, v747, v748, v753, v766, v767, v773, v774, v781, v784, v797, v798, v811, v824, v825, v828, v829, v835, v862, v870, v871, v878, v879, v880, q7_0, q17_0, t2, t6, t7, t8, t9, t12, t23, t26 float64
	var v2, v16, v23, v28, v29, v31, v32, v45, v49, v85, v92, v93, v108, v113, v114, v305, v312, v313, v518, v520, v531, v544, v545, v872, q19_0, q19_1, t31 float32
	var v3, v20, v35, v117, v119, v514, v517, v519, v528, v530, v532, v538, v546, v552, v553, v556, v557, v866, v874 uint8
	var v4, v18, v73, v91, v116, v120, v536, v865, v873, v877 uint32
	var v9, v14, v25, v30, v33, v34, v37, v38, v52, v55, v59, v60, v76, v79, v83, v84, v86, v94, v102, v104, v109, v112, v123, v126, v127, v128, v130, v133, v306, v309, v515, v521, v527, v533, v539, v542, v547, v549, v550, v551, v554, v555, v558, v867, v869, v875, q22_0, t1 unsafe.Pointer
	var v13, v15, v19, v39, v40, v43, v44, v53, v56, v61, v67, v77, v78, v80, v81, v82, v87, v89, v90, v95, v103, v105, v110, v111, v124, v125, v129, v131, v134, v135, v138, v139, v141, v142, v145, v146, v147, v148, v149, v150, v151, v152, v154, v155, v157, v158, v160, v161, v163, v164, v166, v167, v169, v170, v172, v173, v174, v175, v176, v177, v180, v181, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v194, v195, v197, v198, v201, v202, v204, v205, v207, v208, v210, v211, v214, v215, v218, v219, v222, v223, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v242, v243, v245, v246, v249, v250, v251, v252, v253, v254, v257, v258, v261, v262, v264, v265, v266, v267, v268, v269, v270, v271, v273, v274, v275, v276, v277, v278, v279, v280, v281, v282, v283, v285, v286, v287, v288, v289, v290, v291, v292, v293, v294, v296, v297, v298, v299, v300, v301, v303, v304, v307, v308, v311, v314, v315, v316, v319, v320, v322, v323, v326, v327, v328, v329, v330, v331, v332, v333, v335, v336, v338, v339, v341, v342, v344, v345, v347, v348, v350, v351, v353, v354, v355, v356, v357, v358, v361, v362, v364, v365, v366, v367, v368, v369, v370, v371, v372, v373, v375, v376, v378, v379, v382, v383, v385, v386, v388, v389, v391, v392, v395, v396, v399, v400, v403, v404, v407, v408, v409, v410, v411, v412, v413, v414, v415, v416, v417, v418, v419, v420, v421, v423, v424, v426, v427, v430, v431, v432, v433, v434, v435, v438, v439, v442, v443, v445, v446, v447, v448, v449, v450, v451, v452, v454, v455, v456, v457, v458, v459, v460, v461, v462, v463, v464, v466, v467, v468, v469, v470, v471, v472, v473, v474, v475, v477, v478, v480, v481, v482, v483, v486, v487, v488, v489, v490, v491, v492, v493, v494, v495, v496, v499, v500, v503, v504, v505, v506, v507, v508, v509, v510, v512, v513, v516, v522, v523, v526, v529, v534, v535, v540, v541, v559, v560, v561, v562, v565, v566, v568, v569, v572, v573, v574, v575, v576, v577, v578, v579, v581, v582, v584, v585, v587, v588, v590, v591, v593, v594, v596, v597, v599, v600, v601, v602, v603, v604, v607, v608, v610, v611, v612, v613, v614, v615, v616, v617, v618, v619, v621, v622, v624, v625, v628, v629, v631, v632, v634, v635, v637, v638, v641, v642, v645, v646, v649, v650, v653, v654, v655, v656, v657, v658, v659, v660, v661, v662, v663, v664, v665, v666, v667, v669, v670, v672, v673, v676, v677, v678, v679, v680, v681, v684, v685, v688, v689, v691, v692, v693, v694, v695, v696, v697, v698, v700, v701, v702, v703, v704, v705, v706, v707, v708, v709, v710, v712, v713, v714, v715, v716, v717, v718, v719, v720, v721, v723, v724, v726, v727, v728, v729, v732, v733, v734, v735, v736, v737, v738, v739, v740, v741, v742, v745, v746, v749, v750, v751, v752, v754, v755, v756, v757, v758, v759, v760, v761, v762, v763, v764, v765, v768, v769, v770, v771, v772, v775, v776, v777, v778, v779, v780, v782, v783, v785, v786, v787, v788, v789, v790, v791, v792, v793, v794, v795, v796, v799, v800, v801, v802, v803, v804, v805, v806, v807, v808, v809, v810, v812, v813, v814, v815, v816, v817, v818, v819, v820, v821, v822, v823, v826, v827, v830, v831, v832, v833, v834, v836, v837, v838, v839, v840, v841, v842, v843, v844, v845, v846, v847, v848, v849, v850, v851, v852, v853, v854, v855, v856, v857, v858, v859, v860, v861, v863, v864, v868, v876, q9_0, q22_1, t29 uint64
	var v36, v62, v99, v100, v101, v121, v310, v543 uint16
	var s0 struct{ _ [0]uint64; b [16]byte }
	var s1 struct{ _ [0]uint64; b [2304]byte }
	var t0, t10, t19 uintptr
	var t3, t21 interface{}
	var t4 int64
	var t5, t27 int16
	var t11, t13, t15, t25 complex128
	var t14 rune
	var t16, t18 string
	var t17 uint
	var t20 struct{F0 int64}
	var t22 struct{F0 float32; F1 string}
	var t24 struct{F0 uint64; F1 int; F2 rune; F3 complex64; F4 string}
	var t28 func(int8, float32, struct{F0 int8; F1 struct{F0 float32}; F2 string; F3 []**string}, [1]struct{F0 rune; F1 struct{F0 float64}; F2 struct{F0 complex128; F1 complex128}; F3 int8; F4 []bool}, int8, *float64, struct{F0 [0]uint64; F1 string; F2 int16; F3 struct{F0 int64; F1 uint; F2 struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}; F3 complex128}}, map[int]byte)
	var t30 [1]uint8
	var t32 bool
	var t33 struct{F0 float32; F1 []bool; F2 complex128; F3 [1]int}
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v243, v244, v245, v246, v247, v248, v249, v250, v251, v252, v253, v254, v255, v256, v257, v258, v259, v260, v261, v262, v263, v264, v265, v266, v267, v268, v269, v270, v271, v272, v273, v274, v275, v276, v277, v278, v279, v280, v281, v282, v283, v284, v285, v286, v287, v288, v289, v290, v291, v292, v293, v294, v295, v296, v297, v298, v299, v300, v301, v302, v303, v304, v305, v306, v307, v308, v309, v310, v311, v312, v313, v314, v315, v316, v317, v318, v319, v320, v321, v322, v323, v324, v325, v326, v327, v328, v329, v330, v331, v332, v333, v334, v335, v336, v337, v338, v339, v340, v341, v342, v343, v344, v345, v346, v347, v348, v349, v350, v351, v352, v353, v354, v355, v356, v357, v358, v359, v360, v361, v362, v363, v364, v365, v366, v367, v368, v369, v370, v371, v372, v373, v374, v375, v376, v377, v378, v379, v380, v381, v382, v383, v384, v385, v386, v387, v388, v389, v390, v391, v392, v393, v394, v395, v396, v397, v398, v399, v400, v401, v402, v403, v404, v405, v406, v407, v408, v409, v410, v411, v412, v413, v414, v415, v416, v417, v418, v419, v420, v421, v422, v423, v424, v425, v426, v427, v428, v429, v430, v431, v432, v433, v434, v435, v436, v437, v438, v439, v440, v441, v442, v443, v444, v445, v446, v447, v448, v449, v450, v451, v452, v453, v454, v455, v456, v457, v458, v459, v460, v461, v462, v463, v464, v465, v466, v467, v468, v469, v470, v471, v472, v473, v474, v475, v476, v477, v478, v479, v480, v481, v482, v483, v484, v485, v486, v487, v488, v489, v490, v491, v492, v493, v494, v495, v496, v497, v498, v499, v500, v501, v502, v503, v504, v505, v506, v507, v508, v509, v510, v511, v512, v513, v514, v515, v516, v517, v518, v519, v520, v521, v522, v523, v524, v525, v526, v527, v528, v529, v530, v531, v532, v533, v534, v535, v536, v537, v538, v539, v540, v541, v542, v543, v544, v545, v546, v547, v548, v549, v550, v551, v552, v553, v554, v555, v556, v557, v558, v559, v560, v561, v562, v563, v564, v565, v566, v567, v568, v569, v570, v571, v572, v573, v574, v575, v576, v577, v578, v579, v580, v581, v582, v583, v584, v585, v586, v587, v588, v589, v590, v591, v592, v593, v594, v595, v596, v597, v598, v599, v600, v601, v602, v603, v604, v605, v606, v607, v608, v609, v610, v611, v612, v613, v614, v615, v616, v617, v618, v619, v620, v621, v622, v623, v624, v625, v626, v627, v628, v629, v630, v631, v632, v633, v634, v635, v636, v637, v638, v639, v640, v641, v642, v643, v644, v645, v646, v647, v648, v649, v650, v651, v652, v653, v654, v655, v656, v657, v658, v659, v660, v661, v662, v663, v664, v665, v666, v667, v668, v669, v670, v671, v672, v673, v674, v675, v676, v677, v678, v679, v680, v681, v682, v683, v684, v685, v686, v687, v688, v689, v690, v691, v692, v693, v694, v695, v696, v697, v698, v699, v700, v701, v702, v703, v704, v705, v706, v707, v708, v709, v710, v711, v712, v713, v714, v715, v716, v717, v718, v719, v720, v721, v722, v723, v724, v725, v726, v727, v728, v729, v730, v731, v732, v733, v734, v735, v736, v737, v738, v739, v740, v741, v742, v743, v744, v745, v746, v747, v748, v749, v750, v751, v752, v753, v754, v755, v756, v757, v758, v759, v760, v761, v762, v763, v764, v765, v766, v767, v768, v769, v770, v771, v772, v773, v774, v775, v776, v777, v778, v779, v780, v781, v782, v783, v784, v785, v786, v787, v788, v789, v790, v791, v792, v793, v794, v795, v796, v797, v798, v799, v800, v801, v802, v803, v804, v805, v806, v807, v808, v809, v810, v811, v812, v813, v814, v815, v816, v817, v818, v819, v820, v821, v822, v823, v824, v825, v826, v827, v828, v829, v830, v831, v832, v833, v834, v835, v836, v837, v838, v839, v840, v841, v842, v843, v844, v845, v846, v847, v848, v849, v850, v851, v852, v853, v854, v855, v856, v857, v858, v859, v860, v861, v862, v863, v864, v865, v866, v867, v868, v869, v870, v871, v872, v873, v874, v875, v876, v877, v878, v879, v880, s0, s1, q7_0, q9_0, q17_0, q19_0, q19_1, q22_0, q22_1, t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20, t21, t22, t23, t24, t25, t26, t27, t28, t29, t30, t31, t32, t33
	q7_0 = p7
	q9_0 = uint64(p9)
	q17_0 = p17
	q19_0 = real(p19)
	q19_1 = imag(p19)
	q22_0 = *(*unsafe.Pointer)(unsafe.Pointer(&p22))
	q22_1 = uint64(len(p22))
	v0 = real(p0)
	v1 = imag(p0)
	v2 = p1
	v3 = jr_bbits(p2)
	v4 = uint32(p3)
	v5 = p4
	v6 = p5
	v7 = p6
	v8 = q7_0
	v9 = unsafe.Pointer(&p7)
	v10 = float64(v4)
	*(*float64)(v9) = v10
	v11 = *(*float64)(v9)
	v12 = p8
	v13 = q9_0
	v14 = unsafe.Pointer(&p9)
	*(*uint64)(v14) = v13
	v15 = *(*uint64)(v14)
	v16 = p10
	v17 = p11
	v18 = uint32(p12)
	v19 = uint64(p13)
	v20 = uint8(p14)
	v21 = real(p15)
	v22 = imag(p15)
	v23 = p16
	v24 = q17_0
	v25 = unsafe.Pointer(&p17)
	v26 = -74.25
	*(*float64)(v25) = v26
	v27 = *(*float64)(v25)
	v28 = q19_0
	v29 = q19_1
	v30 = unsafe.Pointer(&p19)
	*(*float32)(v30) = v28
	v31 = *(*float32)(v30)
	v32 = p20
	v33 = unsafe.Pointer(p21)
	v34 = nil
	v35 = jr_b2u(v33 == v34)
	v36 = 0x1ed
	v37 = unsafe.Pointer(&m0itab_0)
	v38 = unsafe.Pointer(new([2]int64))
	jr_reg(v38, 16)
	v39 = 0x2b5
	*(*uint64)(v38) = v39
	v40 = 0x1a2
	*(*uint64)(unsafe.Add(v38, 8)) = v40
	v41 = 27.5
	v42 = 21.0
	v43 = 0x4
	v44 = 0x40
	v45 = 7.5
	v46 = 4.0
	v47 = 21.5
	v48 = 2.0
	v49 = 11.0
	v50 = 48.5
	v51 = 35.0
	v52 = nil
	v53 = 0x39
	v54 = 24.5
	v55 = nil
	v56 = 0x4a
	v57 = 36.5
	t0 = *(*uintptr)(unsafe.Add(v37, 32))
	t1 = unsafe.Pointer(&t0)
	t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20, t21, t22, t23, t24, t25, t26, t27 = (*(*func(unsafe.Pointer, float64, float64, int, uint64, float32, float64, float64, float64, float32, complex128, string, float64, string, float64) (float64, interface{}, int64, int16, float64, float64, float64, float64, uintptr, complex128, float64, complex128, rune, complex128, string, uint, string, uintptr, struct{F0 int64}, interface{}, struct{F0 float32; F1 string}, float64, struct{F0 uint64; F1 int; F2 rune; F3 complex64; F4 string}, complex128, float64, int16))(unsafe.Pointer(&t1)))(v38, v41, v42, int(v43), uint64(v44), v45, v46, v47, v48, v49, complex(v50, v51), *(*string)(unsafe.Pointer(&jr_strh{v52, int(v53)})), v54, *(*string)(unsafe.Pointer(&jr_strh{v55, int(v56)})), v57)
	v58 = t2
	v59 = (*[2]unsafe.Pointer)(unsafe.Pointer(&t3))[0]
	v60 = (*[2]unsafe.Pointer)(unsafe.Pointer(&t3))[1]
	v61 = uint64(t4)
	v62 = uint16(t5)
	v63 = t6
	v64 = t7
	v65 = t8
	v66 = t9
	v67 = uint64(t10)
	v68 = real(t11)
	v69 = imag(t11)
	v70 = t12
	v71 = real(t13)
	v72 = imag(t13)
	v73 = uint32(t14)
	v74 = real(t15)
	v75 = imag(t15)
	v76 = *(*unsafe.Pointer)(unsafe.Pointer(&t16))
	v77 = uint64(len(t16))
	v78 = uint64(t17)
	v79 = *(*unsafe.Pointer)(unsafe.Pointer(&t18))
	v80 = uint64(len(t18))
	v81 = uint64(t19)
	v82 = uint64(t20.F0)
	v83 = (*[2]unsafe.Pointer)(unsafe.Pointer(&t21))[0]
	v84 = (*[2]unsafe.Pointer)(unsafe.Pointer(&t21))[1]
	v85 = t22.F0
	v86 = *(*unsafe.Pointer)(unsafe.Pointer(&t22.F1))
	v87 = uint64(len(t22.F1))
	v88 = t23
	v89 = uint64(t24.F0)
	v90 = uint64(t24.F1)
	v91 = uint32(t24.F2)
	v92 = real(t24.F3)
	v93 = imag(t24.F3)
	v94 = *(*unsafe.Pointer)(unsafe.Pointer(&t24.F4))
	v95 = uint64(len(t24.F4))
	v96 = real(t25)
	v97 = imag(t25)
	v98 = t26
	v99 = uint16(t27)
	if v35 != 0 {
		v101 = v36
		goto b2
	}
	goto b1
b1:
	v100 = *(*uint16)(v33)
	v101 = v100
	goto b2
b2:
	v102 = q22_0
	v103 = q22_1
	v104 = unsafe.Pointer(&p22)
	*(*uint64)(unsafe.Add(v104, 8)) = v13
	v105 = *(*uint64)(unsafe.Add(v104, 8))
	v106 = p23
	v107 = p24
	v108 = p25
	v109 = unsafe.Pointer((*[0]complex128)(p26))
	v110 = uint64(len(p26))
	v111 = uint64(cap(p26))
	v112 = unsafe.Pointer(&s0)
	v113 = float32(int64(v111))
	*(*float32)(unsafe.Add(v112, 8)) = v113
	v114 = *(*float32)(unsafe.Add(v112, 8))
	v115 = v26 * v6
	v116 = 0xffffff01
	v117 = jr_b2u(v4 == v116)
	v118 = float64(v13)
	v119 = jr_b2u(v118 != v26)
	v120 = v4 * v18
	v121 = uint16(v106)
	v122 = float64(int8(v20))
	v123 = unsafe.Pointer(&s1)
	v124 = 0xffffffffffffff92
	*(*uint64)(v123) = v124
	v125 = 0xfffffffffffffefd
	*(*uint64)(unsafe.Add(v123, 2296)) = v125
	v126 = unsafe.Pointer(new(interface{M0(int, uint8, rune); M1(complex64) (unsafe.Pointer, int16)}))
	jr_reg(v126, 16)
	*(*unsafe.Pointer)(v126) = v126
	v127 = nil
	*(*unsafe.Pointer)(unsafe.Add(v126, 8)) = v127
	v128 = unsafe.Pointer(new([2]int64))
	jr_reg(v128, 16)
	v129 = uint64(int64(v17))
	*(*uint64)(v128) = v129
	*(*uint64)(unsafe.Add(v128, 8)) = v15
	v130 = unsafe.Pointer(new([2]int64))
	jr_reg(v130, 16)
	*(*uint64)(v130) = v124
	v131 = 0xffffffffffffff61
	*(*uint64)(unsafe.Add(v130, 8)) = v131
	v132 = float64(v2)
	t28 = m0mk_c0(m0ctx_c0{L0: v128, L1: v130, L2: v132})
	v133 = *(*unsafe.Pointer)(unsafe.Pointer(&t28))
	jr_reg(v133, 32)
	if *(*unsafe.Pointer)(unsafe.Add(v133, 8)) != *(*unsafe.Pointer)(unsafe.Pointer(&v128)) { panic("closure layout") }
	if *(*unsafe.Pointer)(unsafe.Add(v133, 16)) != *(*unsafe.Pointer)(unsafe.Pointer(&v130)) { panic("closure layout") }
	if *(*uint64)(unsafe.Add(v133, 24)) != *(*uint64)(unsafe.Pointer(&v132)) { panic("closure layout") }
	v134 = 0x1f
	v135 = 0x5bd1e995
	v136 = 0.0
	v137 = v136 + v0
	v138 = uint64(int64(v0))
	v139 = v135 ^ v138
	v140 = v137 + v1
	v141 = uint64(int64(v1))
	v142 = v139 ^ v141
	v143 = float64(v2)
	v144 = v140 + v143
	v145 = uint64(int64(v143))
	v146 = v142 ^ v145
	v147 = uint64(v3)
	v148 = v146 * v134
	v149 = v148 + v147
	v150 = uint64(v4)
	v151 = v149 * v134
	v152 = v151 + v150
	v153 = v144 + v5
	v154 = uint64(int64(v5))
	v155 = v152 ^ v154
	v156 = v153 + v6
	v157 = uint64(int64(v6))
	v158 = v155 ^ v157
	v159 = v156 + v7
	v160 = uint64(int64(v7))
	v161 = v158 ^ v160
	v162 = v159 + v8
	v163 = uint64(int64(v8))
	v164 = v161 ^ v163
	v165 = v162 + v10
	v166 = uint64(int64(v10))
	v167 = v164 ^ v166
	v168 = v165 + v11
	v169 = uint64(int64(v11))
	v170 = v167 ^ v169
	v171 = v168 + v12
	v172 = uint64(int64(v12))
	v173 = v170 ^ v172
	v174 = v173 * v134
	v175 = v174 + v13
	v176 = v175 * v134
	v177 = v176 + v15
	v178 = float64(v16)
	v179 = v171 + v178
	v180 = uint64(int64(v178))
	v181 = v177 ^ v180
	v182 = v179 + v17
	v183 = uint64(int64(v17))
	v184 = v181 ^ v183
	v185 = uint64(v18)
	v186 = v184 * v134
	v187 = v186 + v185
	v188 = v187 * v134
	v189 = v188 + v19
	v190 = uint64(v20)
	v191 = v189 * v134
	v192 = v191 + v190
	v193 = v182 + v21
	v194 = uint64(int64(v21))
	v195 = v192 ^ v194
	v196 = v193 + v22
	v197 = uint64(int64(v22))
	v198 = v195 ^ v197
	v199 = float64(v23)
	v200 = v196 + v199
	v201 = uint64(int64(v199))
	v202 = v198 ^ v201
	v203 = v200 + v24
	v204 = uint64(int64(v24))
	v205 = v202 ^ v204
	v206 = v203 + v26
	v207 = uint64(int64(v26))
	v208 = v205 ^ v207
	v209 = v206 + v27
	v210 = uint64(int64(v27))
	v211 = v208 ^ v210
	v212 = float64(v28)
	v213 = v209 + v212
	v214 = uint64(int64(v212))
	v215 = v211 ^ v214
	v216 = float64(v29)
	v217 = v213 + v216
	v218 = uint64(int64(v216))
	v219 = v215 ^ v218
	v220 = float64(v31)
	v221 = v217 + v220
	v222 = uint64(int64(v220))
	v223 = v219 ^ v222
	v224 = float64(v32)
	v225 = v221 + v224
	v226 = uint64(int64(v224))
	v227 = v223 ^ v226
	v228 = uint64(v35)
	v229 = v227 * v134
	v230 = v229 + v228
	v231 = uint64(v36)
	v232 = v230 * v134
	v233 = v232 + v231
	v234 = uint64(v101)
	v235 = v233 * v134
	v236 = v235 + v234
	v237 = v236 * v134
	v238 = v237 + v103
	v239 = v238 * v134
	v240 = v239 + v105
	v241 = v225 + v106
	v242 = uint64(int64(v106))
	v243 = v240 ^ v242
	v244 = v241 + v107
	v245 = uint64(int64(v107))
	v246 = v243 ^ v245
	v247 = float64(v108)
	v248 = v244 + v247
	v249 = uint64(int64(v247))
	v250 = v246 ^ v249
	v251 = v250 * v134
	v252 = v251 + v110
	v253 = v252 * v134
	v254 = v253 + v111
	v255 = float64(v113)
	v256 = v248 + v255
	v257 = uint64(int64(v255))
	v258 = v254 ^ v257
	v259 = float64(v114)
	v260 = v256 + v259
	v261 = uint64(int64(v259))
	v262 = v258 ^ v261
	v263 = v260 + v115
	v264 = uint64(int64(v115))
	v265 = v262 ^ v264
	v266 = uint64(v116)
	v267 = v265 * v134
	v268 = v267 + v266
	v269 = uint64(v117)
	v270 = v268 * v134
	v271 = v270 + v269
	v272 = v263 + v118
	v273 = uint64(int64(v118))
	v274 = v271 ^ v273
	v275 = uint64(v119)
	v276 = v274 * v134
	v277 = v276 + v275
	v278 = uint64(v120)
	v279 = v277 * v134
	v280 = v279 + v278
	v281 = uint64(v121)
	v282 = v280 * v134
	v283 = v282 + v281
	v284 = v272 + v122
	v285 = uint64(int64(v122))
	v286 = v283 ^ v285
	v287 = v286 * v134
	v288 = v287 + v124
	v289 = v288 * v134
	v290 = v289 + v125
	v291 = v290 * v134
	v292 = v291 + v129
	v293 = v292 * v134
	v294 = v293 + v131
	v295 = v284 + v132
	v296 = uint64(int64(v132))
	v297 = v294 ^ v296
	v298 = v297 * v134
	v299 = v298 + v134
	v300 = v299 * v134
	v301 = v300 + v135
	v302 = v295 + v136
	v303 = uint64(int64(v136))
	v304 = v301 ^ v303
	v305 = float32(v302)
	v306 = nil
	v307 = 0x0
	v308 = 0x0
	v309 = nil
	v310 = uint16(v304)
	v311 = uint64(v115)
	v312 = float32(v302)
	v313 = float32(v302)
	t29 = m0_f1(v305, *(*[][1]struct{})(unsafe.Pointer(&jr_sliceh{v306, int(v307), int(v308)})), *(*chan<- rune)(unsafe.Pointer(&[1]unsafe.Pointer{v309})), int16(v310), [1]int{int(v311)}, struct{}{}, [1][1]complex64{[1]complex64{complex(v312, v313)}})
	v314 = uint64(t29)
	v315 = 0x1f
	v316 = 0x5bd1e995
	v317 = 0.0
	v318 = v317 + v0
	v319 = uint64(int64(v0))
	v320 = v316 ^ v319
	v321 = v318 + v1
	v322 = uint64(int64(v1))
	v323 = v320 ^ v322
	v324 = float64(v2)
	v325 = v321 + v324
	v326 = uint64(int64(v324))
	v327 = v323 ^ v326
	v328 = uint64(v3)
	v329 = v327 * v315
	v330 = v329 + v328
	v331 = uint64(v4)
	v332 = v330 * v315
	v333 = v332 + v331
	v334 = v325 + v5
	v335 = uint64(int64(v5))
	v336 = v333 ^ v335
	v337 = v334 + v6
	v338 = uint64(int64(v6))
	v339 = v336 ^ v338
	v340 = v337 + v7
	v341 = uint64(int64(v7))
	v342 = v339 ^ v341
	v343 = v340 + v8
	v344 = uint64(int64(v8))
	v345 = v342 ^ v344
	v346 = v343 + v10
	v347 = uint64(int64(v10))
	v348 = v345 ^ v347
	v349 = v346 + v11
	v350 = uint64(int64(v11))
	v351 = v348 ^ v350
	v352 = v349 + v12
	v353 = uint64(int64(v12))
	v354 = v351 ^ v353
	v355 = v354 * v315
	v356 = v355 + v13
	v357 = v356 * v315
	v358 = v357 + v15
	v359 = float64(v16)
	v360 = v352 + v359
	v361 = uint64(int64(v359))
	v362 = v358 ^ v361
	v363 = v360 + v17
	v364 = uint64(int64(v17))
	v365 = v362 ^ v364
	v366 = uint64(v18)
	v367 = v365 * v315
	v368 = v367 + v366
	v369 = v368 * v315
	v370 = v369 + v19
	v371 = uint64(v20)
	v372 = v370 * v315
	v373 = v372 + v371
	v374 = v363 + v21
	v375 = uint64(int64(v21))
	v376 = v373 ^ v375
	v377 = v374 + v22
	v378 = uint64(int64(v22))
	v379 = v376 ^ v378
	v380 = float64(v23)
	v381 = v377 + v380
	v382 = uint64(int64(v380))
	v383 = v379 ^ v382
	v384 = v381 + v24
	v385 = uint64(int64(v24))
	v386 = v383 ^ v385
	v387 = v384 + v26
	v388 = uint64(int64(v26))
	v389 = v386 ^ v388
	v390 = v387 + v27
	v391 = uint64(int64(v27))
	v392 = v389 ^ v391
	v393 = float64(v28)
	v394 = v390 + v393
	v395 = uint64(int64(v393))
	v396 = v392 ^ v395
	v397 = float64(v29)
	v398 = v394 + v397
	v399 = uint64(int64(v397))
	v400 = v396 ^ v399
	v401 = float64(v31)
	v402 = v398 + v401
	v403 = uint64(int64(v401))
	v404 = v400 ^ v403
	v405 = float64(v32)
	v406 = v402 + v405
	v407 = uint64(int64(v405))
	v408 = v404 ^ v407
	v409 = uint64(v35)
	v410 = v408 * v315
	v411 = v410 + v409
	v412 = uint64(v36)
	v413 = v411 * v315
	v414 = v413 + v412
	v415 = uint64(v101)
	v416 = v414 * v315
	v417 = v416 + v415
	v418 = v417 * v315
	v419 = v418 + v103
	v420 = v419 * v315
	v421 = v420 + v105
	v422 = v406 + v106
	v423 = uint64(int64(v106))
	v424 = v421 ^ v423
	v425 = v422 + v107
	v426 = uint64(int64(v107))
	v427 = v424 ^ v426
	v428 = float64(v108)
	v429 = v425 + v428
	v430 = uint64(int64(v428))
	v431 = v427 ^ v430
	v432 = v431 * v315
	v433 = v432 + v110
	v434 = v433 * v315
	v435 = v434 + v111
	v436 = float64(v113)
	v437 = v429 + v436
	v438 = uint64(int64(v436))
	v439 = v435 ^ v438
	v440 = float64(v114)
	v441 = v437 + v440
	v442 = uint64(int64(v440))
	v443 = v439 ^ v442
	v444 = v441 + v115
	v445 = uint64(int64(v115))
	v446 = v443 ^ v445
	v447 = uint64(v116)
	v448 = v446 * v315
	v449 = v448 + v447
	v450 = uint64(v117)
	v451 = v449 * v315
	v452 = v451 + v450
	v453 = v444 + v118
	v454 = uint64(int64(v118))
	v455 = v452 ^ v454
	v456 = uint64(v119)
	v457 = v455 * v315
	v458 = v457 + v456
	v459 = uint64(v120)
	v460 = v458 * v315
	v461 = v460 + v459
	v462 = uint64(v121)
	v463 = v461 * v315
	v464 = v463 + v462
	v465 = v453 + v122
	v466 = uint64(int64(v122))
	v467 = v464 ^ v466
	v468 = v467 * v315
	v469 = v468 + v124
	v470 = v469 * v315
	v471 = v470 + v125
	v472 = v471 * v315
	v473 = v472 + v129
	v474 = v473 * v315
	v475 = v474 + v131
	v476 = v465 + v132
	v477 = uint64(int64(v132))
	v478 = v475 ^ v477
	v479 = v476 + v302
	v480 = uint64(int64(v302))
	v481 = v478 ^ v480
	v482 = v481 * v315
	v483 = v482 + v304
	v484 = float64(v305)
	v485 = v479 + v484
	v486 = uint64(int64(v484))
	v487 = v483 ^ v486
	v488 = v487 * v315
	v489 = v488 + v307
	v490 = v489 * v315
	v491 = v490 + v308
	v492 = uint64(v310)
	v493 = v491 * v315
	v494 = v493 + v492
	v495 = v494 * v315
	v496 = v495 + v311
	v497 = float64(v312)
	v498 = v485 + v497
	v499 = uint64(int64(v497))
	v500 = v496 ^ v499
	v501 = float64(v313)
	v502 = v498 + v501
	v503 = uint64(int64(v501))
	v504 = v500 ^ v503
	v505 = v504 * v315
	v506 = v505 + v314
	v507 = v506 * v315
	v508 = v507 + v315
	v509 = v508 * v315
	v510 = v509 + v316
	v511 = v502 + v317
	v512 = uint64(int64(v317))
	v513 = v510 ^ v512
	v514 = uint8(v513)
	v515 = nil
	v516 = 0x0
	t30, t31, t32, t33 = m0_x0(int64(v513), uintptr(v513), int8(v514), *(*string)(unsafe.Pointer(&jr_strh{v515, int(v516)})), int64(v513), uintptr(v513))
	v517 = uint8(t30[0])
	v518 = t31
	v519 = jr_bbits(t32)
	v520 = t33.F0
	v521 = unsafe.Pointer((*[0]bool)(t33.F1))
	v522 = uint64(len(t33.F1))
	v523 = uint64(cap(t33.F1))
	v524 = real(t33.F2)
	v525 = imag(t33.F2)
	v526 = uint64(t33.F3[0])
	v527 = nil
	v528 = jr_b2u(v521 == v527)
	v529 = uint64(int64(v0))
	v530 = uint8(v529)
	v531 = float32(v10)
	v532 = uint8(v529)
	v533 = nil
	v534 = 0x0
	v535 = 0x0
	v536 = uint32(v529)
	v537 = float64(int64(v516))
	v538 = uint8(v529)
	v539 = nil
	v540 = 0x0
	v541 = 0x0
	v542 = nil
	v543 = uint16(v529)
	v544 = float32(v10)
	v545 = float32(v10)
	v546 = 0x82
	v547 = nil
	v548 = float64(int64(v103))
	v549 = nil
	(*(*func(int8, float32, struct{F0 int8; F1 struct{F0 float32}; F2 string; F3 []**string}, [1]struct{F0 rune; F1 struct{F0 float64}; F2 struct{F0 complex128; F1 complex128}; F3 int8; F4 []bool}, int8, *float64, struct{F0 [0]uint64; F1 string; F2 int16; F3 struct{F0 int64; F1 uint; F2 struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}; F3 complex128}}, map[int]byte))(unsafe.Pointer(&v133)))(int8(v530), v531, struct{F0 int8; F1 struct{F0 float32}; F2 string; F3 []**string}{int8(v532), struct{F0 float32}{v312}, *(*string)(unsafe.Pointer(&jr_strh{v102, int(v103)})), *(*[]**string)(unsafe.Pointer(&jr_sliceh{v533, int(v534), int(v535)}))}, [1]struct{F0 rune; F1 struct{F0 float64}; F2 struct{F0 complex128; F1 complex128}; F3 int8; F4 []bool}{struct{F0 rune; F1 struct{F0 float64}; F2 struct{F0 complex128; F1 complex128}; F3 int8; F4 []bool}{rune(v536), struct{F0 float64}{v10}, struct{F0 complex128; F1 complex128}{complex(v10, v537), complex(v10, v10)}, int8(v538), *(*[]bool)(unsafe.Pointer(&jr_sliceh{v539, int(v540), int(v541)}))}}, int8(v20), (*float64)(v542), struct{F0 [0]uint64; F1 string; F2 int16; F3 struct{F0 int64; F1 uint; F2 struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}; F3 complex128}}{[0]uint64{}, *(*string)(unsafe.Pointer(&jr_strh{v102, int(v103)})), int16(v543), struct{F0 int64; F1 uint; F2 struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}; F3 complex128}{int64(v529), uint(v125), struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}{complex(v544, v545), byte(v546), (*complex128)(v547), v10}, complex(v548, v10)}}, *(*map[int]byte)(unsafe.Pointer(&[1]unsafe.Pointer{v549})))
	v550 = *(*unsafe.Pointer)(v126)
	v551 = nil
	v552 = jr_b2u(v550 == v551)
	v553 = jr_b2u(v550 == v126)
	v554 = *(*unsafe.Pointer)(unsafe.Add(v126, 8))
	v555 = nil
	v556 = jr_b2u(v554 == v555)
	v557 = jr_b2u(v554 == v126)
	v558 = unsafe.Pointer(&s1)
	v559 = *(*uint64)(v558)
	v560 = *(*uint64)(unsafe.Add(v558, 2296))
	v561 = 0x1f
	v562 = 0x5bd1e995
	v563 = 0.0
	v564 = v563 + v0
	v565 = uint64(int64(v0))
	v566 = v562 ^ v565
	v567 = v564 + v1
	v568 = uint64(int64(v1))
	v569 = v566 ^ v568
	v570 = float64(v2)
	v571 = v567 + v570
	v572 = uint64(int64(v570))
	v573 = v569 ^ v572
	v574 = uint64(v3)
	v575 = v573 * v561
	v576 = v575 + v574
	v577 = uint64(v4)
	v578 = v576 * v561
	v579 = v578 + v577
	v580 = v571 + v5
	v581 = uint64(int64(v5))
	v582 = v579 ^ v581
	v583 = v580 + v6
	v584 = uint64(int64(v6))
	v585 = v582 ^ v584
	v586 = v583 + v7
	v587 = uint64(int64(v7))
	v588 = v585 ^ v587
	v589 = v586 + v8
	v590 = uint64(int64(v8))
	v591 = v588 ^ v590
	v592 = v589 + v10
	v593 = uint64(int64(v10))
	v594 = v591 ^ v593
	v595 = v592 + v11
	v596 = uint64(int64(v11))
	v597 = v594 ^ v596
	v598 = v595 + v12
	v599 = uint64(int64(v12))
	v600 = v597 ^ v599
	v601 = v600 * v561
	v602 = v601 + v13
	v603 = v602 * v561
	v604 = v603 + v15
	v605 = float64(v16)
	v606 = v598 + v605
	v607 = uint64(int64(v605))
	v608 = v604 ^ v607
	v609 = v606 + v17
	v610 = uint64(int64(v17))
	v611 = v608 ^ v610
	v612 = uint64(v18)
	v613 = v611 * v561
	v614 = v613 + v612
	v615 = v614 * v561
	v616 = v615 + v19
	v617 = uint64(v20)
	v618 = v616 * v561
	v619 = v618 + v617
	v620 = v609 + v21
	v621 = uint64(int64(v21))
	v622 = v619 ^ v621
	v623 = v620 + v22
	v624 = uint64(int64(v22))
	v625 = v622 ^ v624
	v626 = float64(v23)
	v627 = v623 + v626
	v628 = uint64(int64(v626))
	v629 = v625 ^ v628
	v630 = v627 + v24
	v631 = uint64(int64(v24))
	v632 = v629 ^ v631
	v633 = v630 + v26
	v634 = uint64(int64(v26))
	v635 = v632 ^ v634
	v636 = v633 + v27
	v637 = uint64(int64(v27))
	v638 = v635 ^ v637
	v639 = float64(v28)
	v640 = v636 + v639
	v641 = uint64(int64(v639))
	v642 = v638 ^ v641
	v643 = float64(v29)
	v644 = v640 + v643
	v645 = uint64(int64(v643))
	v646 = v642 ^ v645
	v647 = float64(v31)
	v648 = v644 + v647
	v649 = uint64(int64(v647))
	v650 = v646 ^ v649
	v651 = float64(v32)
	v652 = v648 + v651
	v653 = uint64(int64(v651))
	v654 = v650 ^ v653
	v655 = uint64(v35)
	v656 = v654 * v561
	v657 = v656 + v655
	v658 = uint64(v36)
	v659 = v657 * v561
	v660 = v659 + v658
	v661 = uint64(v101)
	v662 = v660 * v561
	v663 = v662 + v661
	v664 = v663 * v561
	v665 = v664 + v103
	v666 = v665 * v561
	v667 = v666 + v105
	v668 = v652 + v106
	v669 = uint64(int64(v106))
	v670 = v667 ^ v669
	v671 = v668 + v107
	v672 = uint64(int64(v107))
	v673 = v670 ^ v672
	v674 = float64(v108)
	v675 = v671 + v674
	v676 = uint64(int64(v674))
	v677 = v673 ^ v676
	v678 = v677 * v561
	v679 = v678 + v110
	v680 = v679 * v561
	v681 = v680 + v111
	v682 = float64(v113)
	v683 = v675 + v682
	v684 = uint64(int64(v682))
	v685 = v681 ^ v684
	v686 = float64(v114)
	v687 = v683 + v686
	v688 = uint64(int64(v686))
	v689 = v685 ^ v688
	v690 = v687 + v115
	v691 = uint64(int64(v115))
	v692 = v689 ^ v691
	v693 = uint64(v116)
	v694 = v692 * v561
	v695 = v694 + v693
	v696 = uint64(v117)
	v697 = v695 * v561
	v698 = v697 + v696
	v699 = v690 + v118
	v700 = uint64(int64(v118))
	v701 = v698 ^ v700
	v702 = uint64(v119)
	v703 = v701 * v561
	v704 = v703 + v702
	v705 = uint64(v120)
	v706 = v704 * v561
	v707 = v706 + v705
	v708 = uint64(v121)
	v709 = v707 * v561
	v710 = v709 + v708
	v711 = v699 + v122
	v712 = uint64(int64(v122))
	v713 = v710 ^ v712
	v714 = v713 * v561
	v715 = v714 + v124
	v716 = v715 * v561
	v717 = v716 + v125
	v718 = v717 * v561
	v719 = v718 + v129
	v720 = v719 * v561
	v721 = v720 + v131
	v722 = v711 + v132
	v723 = uint64(int64(v132))
	v724 = v721 ^ v723
	v725 = v722 + v302
	v726 = uint64(int64(v302))
	v727 = v724 ^ v726
	v728 = v727 * v561
	v729 = v728 + v304
	v730 = float64(v305)
	v731 = v725 + v730
	v732 = uint64(int64(v730))
	v733 = v729 ^ v732
	v734 = v733 * v561
	v735 = v734 + v307
	v736 = v735 * v561
	v737 = v736 + v308
	v738 = uint64(v310)
	v739 = v737 * v561
	v740 = v739 + v738
	v741 = v740 * v561
	v742 = v741 + v311
	v743 = float64(v312)
	v744 = v731 + v743
	v745 = uint64(int64(v743))
	v746 = v742 ^ v745
	v747 = float64(v313)
	v748 = v744 + v747
	v749 = uint64(int64(v747))
	v750 = v746 ^ v749
	v751 = v750 * v561
	v752 = v751 + v314
	v753 = v748 + v511
	v754 = uint64(int64(v511))
	v755 = v752 ^ v754
	v756 = v755 * v561
	v757 = v756 + v513
	v758 = uint64(v514)
	v759 = v757 * v561
	v760 = v759 + v758
	v761 = v760 * v561
	v762 = v761 + v516
	v763 = uint64(v517)
	v764 = v762 * v561
	v765 = v764 + v763
	v766 = float64(v518)
	v767 = v753 + v766
	v768 = uint64(int64(v766))
	v769 = v765 ^ v768
	v770 = uint64(v519)
	v771 = v769 * v561
	v772 = v771 + v770
	v773 = float64(v520)
	v774 = v767 + v773
	v775 = uint64(int64(v773))
	v776 = v772 ^ v775
	v777 = v776 * v561
	v778 = v777 + v522
	v779 = v778 * v561
	v780 = v779 + v523
	v781 = v774 + v524
	v782 = uint64(int64(v524))
	v783 = v780 ^ v782
	v784 = v781 + v525
	v785 = uint64(int64(v525))
	v786 = v783 ^ v785
	v787 = v786 * v561
	v788 = v787 + v526
	v789 = uint64(v528)
	v790 = v788 * v561
	v791 = v790 + v789
	v792 = v791 * v561
	v793 = v792 + v529
	v794 = uint64(v530)
	v795 = v793 * v561
	v796 = v795 + v794
	v797 = float64(v531)
	v798 = v784 + v797
	v799 = uint64(int64(v797))
	v800 = v796 ^ v799
	v801 = uint64(v532)
	v802 = v800 * v561
	v803 = v802 + v801
	v804 = v803 * v561
	v805 = v804 + v534
	v806 = v805 * v561
	v807 = v806 + v535
	v808 = uint64(v536)
	v809 = v807 * v561
	v810 = v809 + v808
	v811 = v798 + v537
	v812 = uint64(int64(v537))
	v813 = v810 ^ v812
	v814 = uint64(v538)
	v815 = v813 * v561
	v816 = v815 + v814
	v817 = v816 * v561
	v818 = v817 + v540
	v819 = v818 * v561
	v820 = v819 + v541
	v821 = uint64(v543)
	v822 = v820 * v561
	v823 = v822 + v821
	v824 = float64(v544)
	v825 = v811 + v824
	v826 = uint64(int64(v824))
	v827 = v823 ^ v826
	v828 = float64(v545)
	v829 = v825 + v828
	v830 = uint64(int64(v828))
	v831 = v827 ^ v830
	v832 = uint64(v546)
	v833 = v831 * v561
	v834 = v833 + v832
	v835 = v829 + v548
	v836 = uint64(int64(v548))
	v837 = v834 ^ v836
	v838 = uint64(v552)
	v839 = v837 * v561
	v840 = v839 + v838
	v841 = uint64(v553)
	v842 = v840 * v561
	v843 = v842 + v841
	v844 = uint64(v556)
	v845 = v843 * v561
	v846 = v845 + v844
	v847 = uint64(v557)
	v848 = v846 * v561
	v849 = v848 + v847
	v850 = v849 * v561
	v851 = v850 + v559
	v852 = v851 * v561
	v853 = v852 + v559
	v854 = v853 * v561
	v855 = v854 + v560
	v856 = v855 * v561
	v857 = v856 + v560
	v858 = v857 * v561
	v859 = v858 + v561
	v860 = v859 * v561
	v861 = v860 + v562
	v862 = v835 + v563
	v863 = uint64(int64(v563))
	v864 = v861 ^ v863
	v865 = uint32(v864)
	v866 = uint8(v864)
	v867 = nil
	v868 = 0x0
	v869 = nil
	v870 = float64(v559)
	v871 = 1.5
	v872 = float32(v107)
	v873 = uint32(v864)
	v874 = uint8(v118)
	v875 = nil
	v876 = 0x0
	v877 = uint32(v864)
	v878 = -45.0
	v879 = float64(v544)
	v880 = v862 + v58
	return v880, v862, struct{F0 uint32; F1 bool; F2 string; F3 *complex64}{uint32(v865), jr_u2b(v866), *(*string)(unsafe.Pointer(&jr_strh{v867, int(v868)})), (*complex64)(v869)}, complex(v870, v862), v871, *(*string)(unsafe.Pointer(&jr_strh{v102, int(v103)})), rune(v4), v872, v862, rune(v873), int(v864), uint(v864), int8(v874), *(*string)(unsafe.Pointer(&jr_strh{v875, int(v876)})), struct{F0 int}{int(v864)}, v525, v862, uint32(v877), v862, complex(v862, v878), v879
}

//go:noinline
func m0_f1(p0 float32, p1 [][1]struct{}, p2 chan<- rune, p3 int16, p4 [1]int, p5 struct{}, p6 [1][1]complex64) (uint64) {
	var v0, v9, v10, v11, v42, v48, v49, v50, v51, v257, v259, v271, v290, v291, t2 float32
	var v1, v4, v5, v6, v21, v44, v47, v65, v67, v69, v71, v72, v254, v260, v266, v273, v275, v281, v285, v286, v293, v294, v295, q1_0 unsafe.Pointer
	var v2, v3, v8, v16, v17, v18, v19, v20, v22, v28, v29, v30, v31, v32, v45, v46, v54, v55, v61, v64, v66, v68, v73, v74, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v91, v92, v95, v96, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v172, v173, v175, v176, v179, v180, v181, v182, v183, v184, v185, v186, v187, v190, v191, v194, v195, v198, v199, v202, v203, v205, v206, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v244, v245, v246, v247, v248, v249, v251, v252, v255, v261, v262, v265, v268, v274, v276, v277, v282, v283, v287, v289, v296, v297, v298, v299, v303, v304, v305, v306, v307, v308, v309, v310, v311, v312, v313, v316, v317, v320, v321, v324, v325, v326, v327, v328, v329, v330, v331, v332, v333, v334, v335, v336, v337, v338, v339, v340, v341, v342, v343, v344, v345, v346, v347, v348, v349, v350, v351, v352, v353, v354, v355, v356, v357, v358, v359, v360, v361, v362, v363, v364, v365, v366, v367, v368, v369, v370, v371, v372, v373, v374, v375, v376, v377, v378, v379, v380, v381, v382, v383, v384, v385, v386, v387, v388, v389, v390, v391, v392, v393, v394, v395, v397, v398, v400, v401, v404, v405, v406, v407, v408, v409, v410, v411, v412, v415, v416, v419, v420, v423, v424, v427, v428, v430, v431, v433, v434, v435, v436, v437, v438, v439, v440, v441, v442, v443, v444, v445, v446, v447, v448, v449, v450, v451, v452, v453, v454, v455, v456, v457, v458, v459, v460, v461, v462, v463, v464, v465, v466, v467, v469, v470, v472, v473, v474, v475, v476, v477, v478, v479, v480, v481, v482, v483, v486, v487, v488, v489, v490, v493, v494, v495, v496, v497, v498, v500, v501, v503, v504, v505, v506, v507, v508, v509, v510, v511, v513, v514, v515, v516, v517, v520, v521, v522, v523, v524, v525, v526, v527, v528, v529, v530, v532, v533, v535, v536, v537, v538, v539, v540, v541, v542, v543, v544, v545, v546, v547, v548, v549, v550, v551, v552, v553, v556, v557, v560, v561, v562, v563, v564, v565, v566, v567, v568, v569, v570, v571, v572, v573, v574, v575, v576, v578, v579, q1_1, q1_2 uint64
	var v7, v38, v39, v288 uint16
	var v12, v23, v24, v25, v26, v27, v33, v35, v56, v57, v58, v59, v60, v63, v253, v256, v258, v267, v270, v272, v280, v284, v292 uint8
	var v13, v14, v15, v34, v36, v37, v43, v62 uint32
	var v40, v41, v52, v53, v70, v75, v76, v77, v89, v90, v93, v94, v97, v98, v171, v174, v177, v178, v188, v189, v192, v193, v196, v197, v200, v201, v204, v207, v243, v250, v263, v264, v269, v278, v279, v300, v301, v302, v314, v315, v318, v319, v322, v323, v396, v399, v402, v403, v413, v414, v417, v418, v421, v422, v425, v426, v429, v432, v468, v471, v484, v485, v491, v492, v499, v502, v512, v518, v519, v531, v534, v554, v555, v558, v559, v577 float64
	var s0, s1, s2 struct{ _ [0]uint64; b [16]byte }
	var s3 struct{ _ [0]uint64; b [32768]byte }
	var t0 func(int8, float32, struct{F0 int8; F1 struct{F0 float32}; F2 string; F3 []**string}, [1]struct{F0 rune; F1 struct{F0 float64}; F2 struct{F0 complex128; F1 complex128}; F3 int8; F4 []bool}, int8, *float64, struct{F0 [0]uint64; F1 string; F2 int16; F3 struct{F0 int64; F1 uint; F2 struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}; F3 complex128}}, map[int]byte)
	var t1 [1]uint8
	var t3 bool
	var t4 struct{F0 float32; F1 []bool; F2 complex128; F3 [1]int}
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v243, v244, v245, v246, v247, v248, v249, v250, v251, v252, v253, v254, v255, v256, v257, v258, v259, v260, v261, v262, v263, v264, v265, v266, v267, v268, v269, v270, v271, v272, v273, v274, v275, v276, v277, v278, v279, v280, v281, v282, v283, v284, v285, v286, v287, v288, v289, v290, v291, v292, v293, v294, v295, v296, v297, v298, v299, v300, v301, v302, v303, v304, v305, v306, v307, v308, v309, v310, v311, v312, v313, v314, v315, v316, v317, v318, v319, v320, v321, v322, v323, v324, v325, v326, v327, v328, v329, v330, v331, v332, v333, v334, v335, v336, v337, v338, v339, v340, v341, v342, v343, v344, v345, v346, v347, v348, v349, v350, v351, v352, v353, v354, v355, v356, v357, v358, v359, v360, v361, v362, v363, v364, v365, v366, v367, v368, v369, v370, v371, v372, v373, v374, v375, v376, v377, v378, v379, v380, v381, v382, v383, v384, v385, v386, v387, v388, v389, v390, v391, v392, v393, v394, v395, v396, v397, v398, v399, v400, v401, v402, v403, v404, v405, v406, v407, v408, v409, v410, v411, v412, v413, v414, v415, v416, v417, v418, v419, v420, v421, v422, v423, v424, v425, v426, v427, v428, v429, v430, v431, v432, v433, v434, v435, v436, v437, v438, v439, v440, v441, v442, v443, v444, v445, v446, v447, v448, v449, v450, v451, v452, v453, v454, v455, v456, v457, v458, v459, v460, v461, v462, v463, v464, v465, v466, v467, v468, v469, v470, v471, v472, v473, v474, v475, v476, v477, v478, v479, v480, v481, v482, v483, v484, v485, v486, v487, v488, v489, v490, v491, v492, v493, v494, v495, v496, v497, v498, v499, v500, v501, v502, v503, v504, v505, v506, v507, v508, v509, v510, v511, v512, v513, v514, v515, v516, v517, v518, v519, v520, v521, v522, v523, v524, v525, v526, v527, v528, v529, v530, v531, v532, v533, v534, v535, v536, v537, v538, v539, v540, v541, v542, v543, v544, v545, v546, v547, v548, v549, v550, v551, v552, v553, v554, v555, v556, v557, v558, v559, v560, v561, v562, v563, v564, v565, v566, v567, v568, v569, v570, v571, v572, v573, v574, v575, v576, v577, v578, v579, s0, s1, s2, s3, q1_0, q1_1, q1_2, t0, t1, t2, t3, t4
	q1_0 = unsafe.Pointer((*[0][1]struct{})(p1))
	q1_1 = uint64(len(p1))
	q1_2 = uint64(cap(p1))
	v0 = p0
	v1 = q1_0
	v2 = q1_1
	v3 = q1_2
	v4 = unsafe.Pointer(&p1)
	v5 = *(*unsafe.Pointer)(v4)
	v6 = *(*unsafe.Pointer)(unsafe.Pointer(&p2))
	v7 = uint16(p3)
	v8 = uint64(p4[0])
	v9 = real(p6[0][0])
	v10 = imag(p6[0][0])
	v11 = float32(v2)
	v12 = jr_b2u(v9 != v11)
	v13 = uint32(v10)
	v14 = uint32(v8)
	v15 = v13 - v14
	v16 = uint64(v12)
	v17 = uint64(int32(v13))
	v18 = 0x1
	v19 = v17 | v18
	v20 = uint64(int64(v16) % int64(v19))
	v21 = unsafe.Pointer(&s0)
	*(*uint64)(v21) = v17
	v22 = *(*uint64)(v21)
	v23 = -v12
	v24 = uint8(v2)
	v25 = uint8(v7)
	v26 = jr_b2u(v24 != v25)
	v27 = v23 ^ v24
	v28 = uint64(int64(v10))
	v29 = 0xfffffffffffffe1e
	v30 = 0x1
	v31 = v29 | v30
	v32 = v28 % v31
	v33 = uint8(v16)
	v34 = uint32(v19)
	v35 = v33 << v34
	v36 = 0x48
	v37 = v36 >> v18
	v38 = uint16(int16(v10))
	v39 = v7 &^ v38
	v40 = float64(v35)
	v41 = v40 * v40
	v42 = float32(v14)
	v43 = uint32(int32(v42))
	v44 = unsafe.Pointer(&s1)
	v45 = 0x1ba
	*(*uint64)(v44) = v45
	v46 = *(*uint64)(v44)
	v47 = unsafe.Pointer(&s2)
	v48 = float32(v31)
	*(*float32)(v47) = v48
	v49 = *(*float32)(v47)
	v50 = float32(v2)
	v51 = v50 + v42
	v52 = 11.25
	v53 = v40 - v52
	v54 = 0x46
	v55 = v31 * v54
	v56 = v24 << v55
	v57 = 0xd3
	v58 = uint8(v14)
	v59 = v57 - v58
	v60 = uint8(v0)
	v61 = v46 >> v60
	v62 = uint32(v46)
	v63 = v59 >> v62
	v64 = ^v22
	v65 = unsafe.Pointer(&s3)
	v66 = 0xfffffffffffffe43
	*(*uint64)(v65) = v66
	*(*uint64)(unsafe.Add(v65, 32760)) = v19
	v67 = unsafe.Pointer(new([2]int64))
	jr_reg(v67, 16)
	v68 = 0xfffffffffffffe87
	*(*uint64)(v67) = v68
	*(*uint64)(unsafe.Add(v67, 8)) = v32
	v69 = unsafe.Pointer(new([2]int64))
	jr_reg(v69, 16)
	*(*uint64)(v69) = v20
	*(*uint64)(unsafe.Add(v69, 8)) = v61
	v70 = 52.5
	t0 = m0mk_c0(m0ctx_c0{L0: v67, L1: v69, L2: v70})
	v71 = *(*unsafe.Pointer)(unsafe.Pointer(&t0))
	jr_reg(v71, 32)
	if *(*unsafe.Pointer)(unsafe.Add(v71, 8)) != *(*unsafe.Pointer)(unsafe.Pointer(&v67)) { panic("closure layout") }
	if *(*unsafe.Pointer)(unsafe.Add(v71, 16)) != *(*unsafe.Pointer)(unsafe.Pointer(&v69)) { panic("closure layout") }
	if *(*uint64)(unsafe.Add(v71, 24)) != *(*uint64)(unsafe.Pointer(&v70)) { panic("closure layout") }
	v72 = unsafe.Pointer(new(int64))
	jr_reg(v72, 8)
	v73 = 0x1f
	v74 = 0x5bd1e995
	v75 = 0.0
	v76 = float64(v0)
	v77 = v75 + v76
	v78 = uint64(int64(v76))
	v79 = v74 ^ v78
	v80 = v79 * v73
	v81 = v80 + v2
	v82 = v81 * v73
	v83 = v82 + v3
	v84 = uint64(v7)
	v85 = v83 * v73
	v86 = v85 + v84
	v87 = v86 * v73
	v88 = v87 + v8
	v89 = float64(v9)
	v90 = v77 + v89
	v91 = uint64(int64(v89))
	v92 = v88 ^ v91
	v93 = float64(v10)
	v94 = v90 + v93
	v95 = uint64(int64(v93))
	v96 = v92 ^ v95
	v97 = float64(v11)
	v98 = v94 + v97
	v99 = uint64(int64(v97))
	v100 = v96 ^ v99
	v101 = uint64(v12)
	v102 = v100 * v73
	v103 = v102 + v101
	v104 = uint64(v13)
	v105 = v103 * v73
	v106 = v105 + v104
	v107 = uint64(v14)
	v108 = v106 * v73
	v109 = v108 + v107
	v110 = uint64(v15)
	v111 = v109 * v73
	v112 = v111 + v110
	v113 = v112 * v73
	v114 = v113 + v16
	v115 = v114 * v73
	v116 = v115 + v17
	v117 = v116 * v73
	v118 = v117 + v18
	v119 = v118 * v73
	v120 = v119 + v19
	v121 = v120 * v73
	v122 = v121 + v20
	v123 = v122 * v73
	v124 = v123 + v22
	v125 = uint64(v23)
	v126 = v124 * v73
	v127 = v126 + v125
	v128 = uint64(v24)
	v129 = v127 * v73
	v130 = v129 + v128
	v131 = uint64(v25)
	v132 = v130 * v73
	v133 = v132 + v131
	v134 = uint64(v26)
	v135 = v133 * v73
	v136 = v135 + v134
	v137 = uint64(v27)
	v138 = v136 * v73
	v139 = v138 + v137
	v140 = v139 * v73
	v141 = v140 + v28
	v142 = v141 * v73
	v143 = v142 + v29
	v144 = v143 * v73
	v145 = v144 + v30
	v146 = v145 * v73
	v147 = v146 + v31
	v148 = v147 * v73
	v149 = v148 + v32
	v150 = uint64(v33)
	v151 = v149 * v73
	v152 = v151 + v150
	v153 = uint64(v34)
	v154 = v152 * v73
	v155 = v154 + v153
	v156 = uint64(v35)
	v157 = v155 * v73
	v158 = v157 + v156
	v159 = uint64(v36)
	v160 = v158 * v73
	v161 = v160 + v159
	v162 = uint64(v37)
	v163 = v161 * v73
	v164 = v163 + v162
	v165 = uint64(v38)
	v166 = v164 * v73
	v167 = v166 + v165
	v168 = uint64(v39)
	v169 = v167 * v73
	v170 = v169 + v168
	v171 = v98 + v40
	v172 = uint64(int64(v40))
	v173 = v170 ^ v172
	v174 = v171 + v41
	v175 = uint64(int64(v41))
	v176 = v173 ^ v175
	v177 = float64(v42)
	v178 = v174 + v177
	v179 = uint64(int64(v177))
	v180 = v176 ^ v179
	v181 = uint64(v43)
	v182 = v180 * v73
	v183 = v182 + v181
	v184 = v183 * v73
	v185 = v184 + v45
	v186 = v185 * v73
	v187 = v186 + v46
	v188 = float64(v48)
	v189 = v178 + v188
	v190 = uint64(int64(v188))
	v191 = v187 ^ v190
	v192 = float64(v49)
	v193 = v189 + v192
	v194 = uint64(int64(v192))
	v195 = v191 ^ v194
	v196 = float64(v50)
	v197 = v193 + v196
	v198 = uint64(int64(v196))
	v199 = v195 ^ v198
	v200 = float64(v51)
	v201 = v197 + v200
	v202 = uint64(int64(v200))
	v203 = v199 ^ v202
	v204 = v201 + v52
	v205 = uint64(int64(v52))
	v206 = v203 ^ v205
	v207 = v204 + v53
	v208 = uint64(int64(v53))
	v209 = v206 ^ v208
	v210 = v209 * v73
	v211 = v210 + v54
	v212 = v211 * v73
	v213 = v212 + v55
	v214 = uint64(v56)
	v215 = v213 * v73
	v216 = v215 + v214
	v217 = uint64(v57)
	v218 = v216 * v73
	v219 = v218 + v217
	v220 = uint64(v58)
	v221 = v219 * v73
	v222 = v221 + v220
	v223 = uint64(v59)
	v224 = v222 * v73
	v225 = v224 + v223
	v226 = uint64(v60)
	v227 = v225 * v73
	v228 = v227 + v226
	v229 = v228 * v73
	v230 = v229 + v61
	v231 = uint64(v62)
	v232 = v230 * v73
	v233 = v232 + v231
	v234 = uint64(v63)
	v235 = v233 * v73
	v236 = v235 + v234
	v237 = v236 * v73
	v238 = v237 + v64
	v239 = v238 * v73
	v240 = v239 + v66
	v241 = v240 * v73
	v242 = v241 + v68
	v243 = v207 + v70
	v244 = uint64(int64(v70))
	v245 = v242 ^ v244
	v246 = v245 * v73
	v247 = v246 + v73
	v248 = v247 * v73
	v249 = v248 + v74
	v250 = v243 + v75
	v251 = uint64(int64(v75))
	v252 = v249 ^ v251
	v253 = 0x9a
	v254 = nil
	v255 = 0x0
	t1, t2, t3, t4 = m0_x0(int64(v252), uintptr(v252), int8(v253), *(*string)(unsafe.Pointer(&jr_strh{v254, int(v255)})), int64(v252), uintptr(v252))
	v256 = uint8(t1[0])
	v257 = t2
	v258 = jr_bbits(t3)
	v259 = t4.F0
	v260 = unsafe.Pointer((*[0]bool)(t4.F1))
	v261 = uint64(len(t4.F1))
	v262 = uint64(cap(t4.F1))
	v263 = real(t4.F2)
	v264 = imag(t4.F2)
	v265 = uint64(t4.F3[0])
	v266 = nil
	v267 = jr_b2u(v260 == v266)
	v268 = uint64(int8(v258))
	v269 = 14.25
	v270 = uint8(v268)
	v271 = float32(v269)
	v272 = 0xa6
	v273 = nil
	v274 = 0x0
	v275 = nil
	v276 = 0x0
	v277 = 0x0
	v278 = float64(v262)
	v279 = float64(int8(v59))
	v280 = uint8(v268)
	v281 = nil
	v282 = 0x0
	v283 = 0x0
	v284 = uint8(v268)
	v285 = nil
	v286 = nil
	v287 = 0x0
	v288 = uint16(v268)
	v289 = 0xfffffffffffffed2
	v290 = float32(v41)
	v291 = float32(v269)
	v292 = 0x92
	v293 = nil
	v294 = nil
	(*(*func(int8, float32, struct{F0 int8; F1 struct{F0 float32}; F2 string; F3 []**string}, [1]struct{F0 rune; F1 struct{F0 float64}; F2 struct{F0 complex128; F1 complex128}; F3 int8; F4 []bool}, int8, *float64, struct{F0 [0]uint64; F1 string; F2 int16; F3 struct{F0 int64; F1 uint; F2 struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}; F3 complex128}}, map[int]byte))(unsafe.Pointer(&v71)))(int8(v270), v271, struct{F0 int8; F1 struct{F0 float32}; F2 string; F3 []**string}{int8(v272), struct{F0 float32}{v0}, *(*string)(unsafe.Pointer(&jr_strh{v273, int(v274)})), *(*[]**string)(unsafe.Pointer(&jr_sliceh{v275, int(v276), int(v277)}))}, [1]struct{F0 rune; F1 struct{F0 float64}; F2 struct{F0 complex128; F1 complex128}; F3 int8; F4 []bool}{struct{F0 rune; F1 struct{F0 float64}; F2 struct{F0 complex128; F1 complex128}; F3 int8; F4 []bool}{rune(v14), struct{F0 float64}{v278}, struct{F0 complex128; F1 complex128}{complex(v279, v269), complex(v269, v269)}, int8(v280), *(*[]bool)(unsafe.Pointer(&jr_sliceh{v281, int(v282), int(v283)}))}}, int8(v284), (*float64)(v285), struct{F0 [0]uint64; F1 string; F2 int16; F3 struct{F0 int64; F1 uint; F2 struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}; F3 complex128}}{[0]uint64{}, *(*string)(unsafe.Pointer(&jr_strh{v286, int(v287)})), int16(v288), struct{F0 int64; F1 uint; F2 struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}; F3 complex128}{int64(v289), uint(v19), struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}{complex(v290, v291), byte(v292), (*complex128)(v293), v269}, complex(v70, v269)}}, *(*map[int]byte)(unsafe.Pointer(&[1]unsafe.Pointer{v294})))
	v295 = unsafe.Pointer(&s3)
	v296 = *(*uint64)(v295)
	v297 = *(*uint64)(unsafe.Add(v295, 32760))
	v298 = 0x1f
	v299 = 0x5bd1e995
	v300 = 0.0
	v301 = float64(v0)
	v302 = v300 + v301
	v303 = uint64(int64(v301))
	v304 = v299 ^ v303
	v305 = v304 * v298
	v306 = v305 + v2
	v307 = v306 * v298
	v308 = v307 + v3
	v309 = uint64(v7)
	v310 = v308 * v298
	v311 = v310 + v309
	v312 = v311 * v298
	v313 = v312 + v8
	v314 = float64(v9)
	v315 = v302 + v314
	v316 = uint64(int64(v314))
	v317 = v313 ^ v316
	v318 = float64(v10)
	v319 = v315 + v318
	v320 = uint64(int64(v318))
	v321 = v317 ^ v320
	v322 = float64(v11)
	v323 = v319 + v322
	v324 = uint64(int64(v322))
	v325 = v321 ^ v324
	v326 = uint64(v12)
	v327 = v325 * v298
	v328 = v327 + v326
	v329 = uint64(v13)
	v330 = v328 * v298
	v331 = v330 + v329
	v332 = uint64(v14)
	v333 = v331 * v298
	v334 = v333 + v332
	v335 = uint64(v15)
	v336 = v334 * v298
	v337 = v336 + v335
	v338 = v337 * v298
	v339 = v338 + v16
	v340 = v339 * v298
	v341 = v340 + v17
	v342 = v341 * v298
	v343 = v342 + v18
	v344 = v343 * v298
	v345 = v344 + v19
	v346 = v345 * v298
	v347 = v346 + v20
	v348 = v347 * v298
	v349 = v348 + v22
	v350 = uint64(v23)
	v351 = v349 * v298
	v352 = v351 + v350
	v353 = uint64(v24)
	v354 = v352 * v298
	v355 = v354 + v353
	v356 = uint64(v25)
	v357 = v355 * v298
	v358 = v357 + v356
	v359 = uint64(v26)
	v360 = v358 * v298
	v361 = v360 + v359
	v362 = uint64(v27)
	v363 = v361 * v298
	v364 = v363 + v362
	v365 = v364 * v298
	v366 = v365 + v28
	v367 = v366 * v298
	v368 = v367 + v29
	v369 = v368 * v298
	v370 = v369 + v30
	v371 = v370 * v298
	v372 = v371 + v31
	v373 = v372 * v298
	v374 = v373 + v32
	v375 = uint64(v33)
	v376 = v374 * v298
	v377 = v376 + v375
	v378 = uint64(v34)
	v379 = v377 * v298
	v380 = v379 + v378
	v381 = uint64(v35)
	v382 = v380 * v298
	v383 = v382 + v381
	v384 = uint64(v36)
	v385 = v383 * v298
	v386 = v385 + v384
	v387 = uint64(v37)
	v388 = v386 * v298
	v389 = v388 + v387
	v390 = uint64(v38)
	v391 = v389 * v298
	v392 = v391 + v390
	v393 = uint64(v39)
	v394 = v392 * v298
	v395 = v394 + v393
	v396 = v323 + v40
	v397 = uint64(int64(v40))
	v398 = v395 ^ v397
	v399 = v396 + v41
	v400 = uint64(int64(v41))
	v401 = v398 ^ v400
	v402 = float64(v42)
	v403 = v399 + v402
	v404 = uint64(int64(v402))
	v405 = v401 ^ v404
	v406 = uint64(v43)
	v407 = v405 * v298
	v408 = v407 + v406
	v409 = v408 * v298
	v410 = v409 + v45
	v411 = v410 * v298
	v412 = v411 + v46
	v413 = float64(v48)
	v414 = v403 + v413
	v415 = uint64(int64(v413))
	v416 = v412 ^ v415
	v417 = float64(v49)
	v418 = v414 + v417
	v419 = uint64(int64(v417))
	v420 = v416 ^ v419
	v421 = float64(v50)
	v422 = v418 + v421
	v423 = uint64(int64(v421))
	v424 = v420 ^ v423
	v425 = float64(v51)
	v426 = v422 + v425
	v427 = uint64(int64(v425))
	v428 = v424 ^ v427
	v429 = v426 + v52
	v430 = uint64(int64(v52))
	v431 = v428 ^ v430
	v432 = v429 + v53
	v433 = uint64(int64(v53))
	v434 = v431 ^ v433
	v435 = v434 * v298
	v436 = v435 + v54
	v437 = v436 * v298
	v438 = v437 + v55
	v439 = uint64(v56)
	v440 = v438 * v298
	v441 = v440 + v439
	v442 = uint64(v57)
	v443 = v441 * v298
	v444 = v443 + v442
	v445 = uint64(v58)
	v446 = v444 * v298
	v447 = v446 + v445
	v448 = uint64(v59)
	v449 = v447 * v298
	v450 = v449 + v448
	v451 = uint64(v60)
	v452 = v450 * v298
	v453 = v452 + v451
	v454 = v453 * v298
	v455 = v454 + v61
	v456 = uint64(v62)
	v457 = v455 * v298
	v458 = v457 + v456
	v459 = uint64(v63)
	v460 = v458 * v298
	v461 = v460 + v459
	v462 = v461 * v298
	v463 = v462 + v64
	v464 = v463 * v298
	v465 = v464 + v66
	v466 = v465 * v298
	v467 = v466 + v68
	v468 = v432 + v70
	v469 = uint64(int64(v70))
	v470 = v467 ^ v469
	v471 = v468 + v250
	v472 = uint64(int64(v250))
	v473 = v470 ^ v472
	v474 = v473 * v298
	v475 = v474 + v252
	v476 = uint64(v253)
	v477 = v475 * v298
	v478 = v477 + v476
	v479 = v478 * v298
	v480 = v479 + v255
	v481 = uint64(v256)
	v482 = v480 * v298
	v483 = v482 + v481
	v484 = float64(v257)
	v485 = v471 + v484
	v486 = uint64(int64(v484))
	v487 = v483 ^ v486
	v488 = uint64(v258)
	v489 = v487 * v298
	v490 = v489 + v488
	v491 = float64(v259)
	v492 = v485 + v491
	v493 = uint64(int64(v491))
	v494 = v490 ^ v493
	v495 = v494 * v298
	v496 = v495 + v261
	v497 = v496 * v298
	v498 = v497 + v262
	v499 = v492 + v263
	v500 = uint64(int64(v263))
	v501 = v498 ^ v500
	v502 = v499 + v264
	v503 = uint64(int64(v264))
	v504 = v501 ^ v503
	v505 = v504 * v298
	v506 = v505 + v265
	v507 = uint64(v267)
	v508 = v506 * v298
	v509 = v508 + v507
	v510 = v509 * v298
	v511 = v510 + v268
	v512 = v502 + v269
	v513 = uint64(int64(v269))
	v514 = v511 ^ v513
	v515 = uint64(v270)
	v516 = v514 * v298
	v517 = v516 + v515
	v518 = float64(v271)
	v519 = v512 + v518
	v520 = uint64(int64(v518))
	v521 = v517 ^ v520
	v522 = uint64(v272)
	v523 = v521 * v298
	v524 = v523 + v522
	v525 = v524 * v298
	v526 = v525 + v274
	v527 = v526 * v298
	v528 = v527 + v276
	v529 = v528 * v298
	v530 = v529 + v277
	v531 = v519 + v278
	v532 = uint64(int64(v278))
	v533 = v530 ^ v532
	v534 = v531 + v279
	v535 = uint64(int64(v279))
	v536 = v533 ^ v535
	v537 = uint64(v280)
	v538 = v536 * v298
	v539 = v538 + v537
	v540 = v539 * v298
	v541 = v540 + v282
	v542 = v541 * v298
	v543 = v542 + v283
	v544 = uint64(v284)
	v545 = v543 * v298
	v546 = v545 + v544
	v547 = v546 * v298
	v548 = v547 + v287
	v549 = uint64(v288)
	v550 = v548 * v298
	v551 = v550 + v549
	v552 = v551 * v298
	v553 = v552 + v289
	v554 = float64(v290)
	v555 = v534 + v554
	v556 = uint64(int64(v554))
	v557 = v553 ^ v556
	v558 = float64(v291)
	v559 = v555 + v558
	v560 = uint64(int64(v558))
	v561 = v557 ^ v560
	v562 = uint64(v292)
	v563 = v561 * v298
	v564 = v563 + v562
	v565 = v564 * v298
	v566 = v565 + v296
	v567 = v566 * v298
	v568 = v567 + v296
	v569 = v568 * v298
	v570 = v569 + v297
	v571 = v570 * v298
	v572 = v571 + v297
	v573 = v572 * v298
	v574 = v573 + v298
	v575 = v574 * v298
	v576 = v575 + v299
	v577 = v559 + v300
	v578 = uint64(int64(v300))
	v579 = v576 ^ v578
	return uint64(v579)
}

//go:noinline
func m0_m0(p0 *[2]int64, p1 float64, p2 float64, p3 int, p4 uint64, p5 float32, p6 float64, p7 float64, p8 float64, p9 float32, p10 complex128, p11 string, p12 float64, p13 string, p14 float64) (float64, interface{}, int64, int16, float64, float64, float64, float64, uintptr, complex128, float64, complex128, rune, complex128, string, uint, string, uintptr, struct{F0 int64}, interface{}, struct{F0 float32; F1 string}, float64, struct{F0 uint64; F1 int; F2 rune; F3 complex64; F4 string}, complex128, float64, int16) {
	var v0, v1, v8, v19, v22, v25, v27, v129, v130, v135, v136, v138, v143 unsafe.Pointer
	var v2 uint8
	var v3, v4, v5, v10, v11, v23, v28, v33, v34, v35, v36, v37, v38, v39, v41, v42, v43, v44, v45, v46, v47, v49, v50, v52, v53, v55, v56, v57, v58, v59, v60, v63, v64, v66, v67, v69, v70, v72, v73, v76, v77, v79, v80, v82, v83, v85, v86, v88, v89, v90, v91, v93, v94, v96, v97, v98, v99, v101, v102, v104, v105, v107, v108, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v127, v128, v139, v144 uint64
	var v6, v7, v9, v13, v14, v15, v17, v18, v20, v21, v24, v26, v29, v30, v31, v32, v40, v48, v51, v54, v61, v62, v65, v68, v71, v74, v75, v78, v81, v84, v87, v92, v95, v100, v103, v106, v109, v126, v132, v133, q2_0, q10_0, q10_1, q12_0 float64
	var v12, v16, v137, v141, v142 float32
	var v131 uint16
	var v134, v140 uint32
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, q2_0, q10_0, q10_1, q12_0
	q2_0 = p2
	q10_0 = real(p10)
	q10_1 = imag(p10)
	q12_0 = p12
	v0 = unsafe.Pointer(p0)
	v1 = nil
	v2 = jr_b2u(v0 == v1)
	v3 = uint64(int8(v2))
	if v2 != 0 {
		v5 = v3
		goto b2
	}
	goto b1
b1:
	v4 = *(*uint64)(v0)
	v5 = v4
	goto b2
b2:
	v6 = p1
	v7 = q2_0
	v8 = unsafe.Pointer(&p2)
	*(*float64)(v8) = v6
	v9 = *(*float64)(v8)
	v10 = uint64(p3)
	v11 = uint64(p4)
	v12 = p5
	v13 = p6
	v14 = p7
	v15 = p8
	v16 = p9
	v17 = q10_0
	v18 = q10_1
	v19 = unsafe.Pointer(&p10)
	v20 = float64(v12)
	*(*float64)(unsafe.Add(v19, 8)) = v20
	v21 = *(*float64)(unsafe.Add(v19, 8))
	v22 = *(*unsafe.Pointer)(unsafe.Pointer(&p11))
	v23 = uint64(len(p11))
	v24 = q12_0
	v25 = unsafe.Pointer(&p12)
	*(*float64)(v25) = v21
	v26 = *(*float64)(v25)
	v27 = *(*unsafe.Pointer)(unsafe.Pointer(&p13))
	v28 = uint64(len(p13))
	v29 = p14
	v30 = 27.75
	v31 = -36.0
	v32 = v30 - v31
	v33 = ^v10
	v34 = 0xffffffffffffff0a
	v35 = 0x1
	v36 = v5 | v35
	v37 = v34 % v36
	v38 = 0x1f
	v39 = 0x5bd1e995
	v40 = 0.0
	v41 = uint64(v2)
	v42 = v39 * v38
	v43 = v42 + v41
	v44 = v43 * v38
	v45 = v44 + v3
	v46 = v45 * v38
	v47 = v46 + v5
	v48 = v40 + v6
	v49 = uint64(int64(v6))
	v50 = v47 ^ v49
	v51 = v48 + v7
	v52 = uint64(int64(v7))
	v53 = v50 ^ v52
	v54 = v51 + v9
	v55 = uint64(int64(v9))
	v56 = v53 ^ v55
	v57 = v56 * v38
	v58 = v57 + v10
	v59 = v58 * v38
	v60 = v59 + v11
	v61 = float64(v12)
	v62 = v54 + v61
	v63 = uint64(int64(v61))
	v64 = v60 ^ v63
	v65 = v62 + v13
	v66 = uint64(int64(v13))
	v67 = v64 ^ v66
	v68 = v65 + v14
	v69 = uint64(int64(v14))
	v70 = v67 ^ v69
	v71 = v68 + v15
	v72 = uint64(int64(v15))
	v73 = v70 ^ v72
	v74 = float64(v16)
	v75 = v71 + v74
	v76 = uint64(int64(v74))
	v77 = v73 ^ v76
	v78 = v75 + v17
	v79 = uint64(int64(v17))
	v80 = v77 ^ v79
	v81 = v78 + v18
	v82 = uint64(int64(v18))
	v83 = v80 ^ v82
	v84 = v81 + v20
	v85 = uint64(int64(v20))
	v86 = v83 ^ v85
	v87 = v84 + v21
	v88 = uint64(int64(v21))
	v89 = v86 ^ v88
	v90 = v89 * v38
	v91 = v90 + v23
	v92 = v87 + v24
	v93 = uint64(int64(v24))
	v94 = v91 ^ v93
	v95 = v92 + v26
	v96 = uint64(int64(v26))
	v97 = v94 ^ v96
	v98 = v97 * v38
	v99 = v98 + v28
	v100 = v95 + v29
	v101 = uint64(int64(v29))
	v102 = v99 ^ v101
	v103 = v100 + v30
	v104 = uint64(int64(v30))
	v105 = v102 ^ v104
	v106 = v103 + v31
	v107 = uint64(int64(v31))
	v108 = v105 ^ v107
	v109 = v106 + v32
	v110 = uint64(int64(v32))
	v111 = v108 ^ v110
	v112 = v111 * v38
	v113 = v112 + v33
	v114 = v113 * v38
	v115 = v114 + v34
	v116 = v115 * v38
	v117 = v116 + v35
	v118 = v117 * v38
	v119 = v118 + v36
	v120 = v119 * v38
	v121 = v120 + v37
	v122 = v121 * v38
	v123 = v122 + v38
	v124 = v123 * v38
	v125 = v124 + v39
	v126 = v109 + v40
	v127 = uint64(int64(v40))
	v128 = v125 ^ v127
	v129 = nil
	v130 = nil
	v131 = uint16(v128)
	v132 = 64.5
	v133 = float64(v23)
	v134 = uint32(v128)
	v135 = nil
	v136 = nil
	v137 = float32(v126)
	v138 = nil
	v139 = 0x0
	v140 = uint32(v128)
	v141 = float32(v126)
	v142 = float32(v126)
	v143 = nil
	v144 = 0x0
	return v126, *(*interface{})(unsafe.Pointer(&[2]unsafe.Pointer{v129, v130})), int64(v11), int16(v131), v126, v126, v6, v132, uintptr(v128), complex(v126, v126), v24, complex(v126, v133), rune(v134), complex(v126, v9), *(*string)(unsafe.Pointer(&jr_strh{v22, int(v23)})), uint(v128), *(*string)(unsafe.Pointer(&jr_strh{v22, int(v23)})), uintptr(v128), struct{F0 int64}{int64(v128)}, *(*interface{})(unsafe.Pointer(&[2]unsafe.Pointer{v135, v136})), struct{F0 float32; F1 string}{v137, *(*string)(unsafe.Pointer(&jr_strh{v138, int(v139)}))}, v126, struct{F0 uint64; F1 int; F2 rune; F3 complex64; F4 string}{uint64(v128), int(v128), rune(v140), complex(v141, v142), *(*string)(unsafe.Pointer(&jr_strh{v143, int(v144)}))}, complex(v126, v126), v126, int16(v131)
}

type m0ctx_c0 struct{L0 unsafe.Pointer; L1 unsafe.Pointer; L2 float64; }

//go:noinline
func m0mk_c0(c m0ctx_c0) func(int8, float32, struct{F0 int8; F1 struct{F0 float32}; F2 string; F3 []**string}, [1]struct{F0 rune; F1 struct{F0 float64}; F2 struct{F0 complex128; F1 complex128}; F3 int8; F4 []bool}, int8, *float64, struct{F0 [0]uint64; F1 string; F2 int16; F3 struct{F0 int64; F1 uint; F2 struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}; F3 complex128}}, map[int]byte) {
	return func(p0 int8, p1 float32, p2 struct{F0 int8; F1 struct{F0 float32}; F2 string; F3 []**string}, p3 [1]struct{F0 rune; F1 struct{F0 float64}; F2 struct{F0 complex128; F1 complex128}; F3 int8; F4 []bool}, p4 int8, p5 *float64, p6 struct{F0 [0]uint64; F1 string; F2 int16; F3 struct{F0 int64; F1 uint; F2 struct{F0 complex64; F1 byte; F2 *complex128; F3 float64}; F3 complex128}}, p7 map[int]byte) {
	var v1, v4, v12, v14, v24, v28, v29, v34, v42, v46, v47, v50, v52, v55, v59 unsafe.Pointer
	var v2, v3, v5, v6, v13, v15, v16, v25, v26, v35, v37, v38, v51, v53, v54, v56, v57, v60, v61, v62, v63, v65, v66, v67, v68, v69, v70, v71, v72, v74, v75, v76, v77, v78, v81, v82, v83, v84, v85, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v100, v101, v103, v104, v106, v107, v109, v110, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v128, v129, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v144, v145, v148, v149, v150, v151, v152, v154, v155, v157, v158, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v194, v195 uint64
	var v7, v18, v19, v20, v21, v22, v31, v32, v33, v43, v44, v45, v58, v64, v73, v79, v80, v86, v87, v99, v102, v105, v108, v111, v127, v130, v142, v143, v146, v147, v153, v156, v159, v178, v193 float64
	var v8, v10, v23, v27, v30, v41 uint8
	var v9, v11, v39, v40 float32
	var v17, v48, v49 uint32
	var v36 uint16
	var s0 struct{ _ [0]uint64; b [16]byte }
	var s1 struct{ _ [0]uint64; b [4000]byte }
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, s0, s1
	v1 = c.L0
	v2 = *(*uint64)(v1)
	v3 = *(*uint64)(unsafe.Add(v1, 8))
	v4 = c.L1
	v5 = *(*uint64)(v4)
	v6 = *(*uint64)(unsafe.Add(v4, 8))
	v7 = c.L2
	v8 = uint8(p0)
	v9 = p1
	v10 = uint8(p2.F0)
	v11 = p2.F1.F0
	v12 = *(*unsafe.Pointer)(unsafe.Pointer(&p2.F2))
	v13 = uint64(len(p2.F2))
	v14 = unsafe.Pointer((*[0]**string)(p2.F3))
	v15 = uint64(len(p2.F3))
	v16 = uint64(cap(p2.F3))
	v17 = uint32(p3[0].F0)
	v18 = p3[0].F1.F0
	v19 = real(p3[0].F2.F0)
	v20 = imag(p3[0].F2.F0)
	v21 = real(p3[0].F2.F1)
	v22 = imag(p3[0].F2.F1)
	v23 = uint8(p3[0].F3)
	v24 = unsafe.Pointer((*[0]bool)(p3[0].F4))
	v25 = uint64(len(p3[0].F4))
	v26 = uint64(cap(p3[0].F4))
	v27 = uint8(p4)
	v28 = unsafe.Pointer(p5)
	v29 = nil
	v30 = jr_b2u(v28 == v29)
	v31 = 33.0
	if v30 != 0 {
		v33 = v31
		goto b2
	}
	goto b1
b1:
	v32 = *(*float64)(v28)
	v33 = v32
	goto b2
b2:
	v34 = *(*unsafe.Pointer)(unsafe.Pointer(&p6.F1))
	v35 = uint64(len(p6.F1))
	v36 = uint16(p6.F2)
	v37 = uint64(p6.F3.F0)
	v38 = uint64(p6.F3.F1)
	v39 = real(p6.F3.F2.F0)
	v40 = imag(p6.F3.F2.F0)
	v41 = uint8(p6.F3.F2.F1)
	v42 = unsafe.Pointer(p6.F3.F2.F2)
	v43 = p6.F3.F2.F3
	v44 = real(p6.F3.F3)
	v45 = imag(p6.F3.F3)
	v46 = *(*unsafe.Pointer)(unsafe.Pointer(&p7))
	v47 = unsafe.Pointer(&s0)
	v48 = uint32(int32(v31))
	*(*uint32)(unsafe.Add(v47, 8)) = v48
	v49 = *(*uint32)(unsafe.Add(v47, 8))
	v50 = unsafe.Pointer(&s1)
	*(*uint64)(v50) = v13
	v51 = 0xffffffffffffff96
	*(*uint64)(unsafe.Add(v50, 3992)) = v51
	v52 = c.L0
	v53 = *(*uint64)(v52)
	v54 = *(*uint64)(unsafe.Add(v52, 8))
	v55 = c.L1
	v56 = *(*uint64)(v55)
	v57 = *(*uint64)(unsafe.Add(v55, 8))
	v58 = c.L2
	v59 = unsafe.Pointer(&s1)
	v60 = *(*uint64)(v59)
	v61 = *(*uint64)(unsafe.Add(v59, 3992))
	v62 = 0x1f
	v63 = 0x5bd1e995
	v64 = 0.0
	v65 = v63 * v62
	v66 = v65 + v2
	v67 = v66 * v62
	v68 = v67 + v3
	v69 = v68 * v62
	v70 = v69 + v5
	v71 = v70 * v62
	v72 = v71 + v6
	v73 = v64 + v7
	v74 = uint64(int64(v7))
	v75 = v72 ^ v74
	v76 = uint64(v8)
	v77 = v75 * v62
	v78 = v77 + v76
	v79 = float64(v9)
	v80 = v73 + v79
	v81 = uint64(int64(v79))
	v82 = v78 ^ v81
	v83 = uint64(v10)
	v84 = v82 * v62
	v85 = v84 + v83
	v86 = float64(v11)
	v87 = v80 + v86
	v88 = uint64(int64(v86))
	v89 = v85 ^ v88
	v90 = v89 * v62
	v91 = v90 + v13
	v92 = v91 * v62
	v93 = v92 + v15
	v94 = v93 * v62
	v95 = v94 + v16
	v96 = uint64(v17)
	v97 = v95 * v62
	v98 = v97 + v96
	v99 = v87 + v18
	v100 = uint64(int64(v18))
	v101 = v98 ^ v100
	v102 = v99 + v19
	v103 = uint64(int64(v19))
	v104 = v101 ^ v103
	v105 = v102 + v20
	v106 = uint64(int64(v20))
	v107 = v104 ^ v106
	v108 = v105 + v21
	v109 = uint64(int64(v21))
	v110 = v107 ^ v109
	v111 = v108 + v22
	v112 = uint64(int64(v22))
	v113 = v110 ^ v112
	v114 = uint64(v23)
	v115 = v113 * v62
	v116 = v115 + v114
	v117 = v116 * v62
	v118 = v117 + v25
	v119 = v118 * v62
	v120 = v119 + v26
	v121 = uint64(v27)
	v122 = v120 * v62
	v123 = v122 + v121
	v124 = uint64(v30)
	v125 = v123 * v62
	v126 = v125 + v124
	v127 = v111 + v31
	v128 = uint64(int64(v31))
	v129 = v126 ^ v128
	v130 = v127 + v33
	v131 = uint64(int64(v33))
	v132 = v129 ^ v131
	v133 = v132 * v62
	v134 = v133 + v35
	v135 = uint64(v36)
	v136 = v134 * v62
	v137 = v136 + v135
	v138 = v137 * v62
	v139 = v138 + v37
	v140 = v139 * v62
	v141 = v140 + v38
	v142 = float64(v39)
	v143 = v130 + v142
	v144 = uint64(int64(v142))
	v145 = v141 ^ v144
	v146 = float64(v40)
	v147 = v143 + v146
	v148 = uint64(int64(v146))
	v149 = v145 ^ v148
	v150 = uint64(v41)
	v151 = v149 * v62
	v152 = v151 + v150
	v153 = v147 + v43
	v154 = uint64(int64(v43))
	v155 = v152 ^ v154
	v156 = v153 + v44
	v157 = uint64(int64(v44))
	v158 = v155 ^ v157
	v159 = v156 + v45
	v160 = uint64(int64(v45))
	v161 = v158 ^ v160
	v162 = uint64(v48)
	v163 = v161 * v62
	v164 = v163 + v162
	v165 = uint64(v49)
	v166 = v164 * v62
	v167 = v166 + v165
	v168 = v167 * v62
	v169 = v168 + v51
	v170 = v169 * v62
	v171 = v170 + v53
	v172 = v171 * v62
	v173 = v172 + v54
	v174 = v173 * v62
	v175 = v174 + v56
	v176 = v175 * v62
	v177 = v176 + v57
	v178 = v159 + v58
	v179 = uint64(int64(v58))
	v180 = v177 ^ v179
	v181 = v180 * v62
	v182 = v181 + v60
	v183 = v182 * v62
	v184 = v183 + v60
	v185 = v184 * v62
	v186 = v185 + v61
	v187 = v186 * v62
	v188 = v187 + v61
	v189 = v188 * v62
	v190 = v189 + v62
	v191 = v190 * v62
	v192 = v191 + v63
	v193 = v178 + v64
	v194 = uint64(int64(v64))
	v195 = v192 ^ v194
	return
}
}

//go:noinline
func m0_x0(p0 int64, p1 uintptr, p2 int8, p3 string, p4 int64, p5 uintptr) ([1]uint8, float32, bool, struct{F0 float32; F1 []bool; F2 complex128; F3 [1]int}) {
	h := jr_ext_name("x0")
	h = jr_ext_absorb(h, uint64(uint64(p0)))
	h = jr_ext_absorb(h, uint64(uint64(p1)))
	h = jr_ext_absorb(h, uint64(uint8(p2)))
	a3 := *(*unsafe.Pointer)(unsafe.Pointer(&p3))
	h = jr_ext_absorb(h, jr_ext_ptr(a3))
	h = jr_ext_absorb(h, uint64(uint64(len(p3))))
	h = jr_ext_absorb(h, uint64(uint64(p4)))
	h = jr_ext_absorb(h, uint64(uint64(p5)))
	ptrs := []unsafe.Pointer{a3}
	_, _ = h, ptrs
	r0 := uint8(jr_ext_r(h, 0))
	r1 := jr_ext_rf32(h, 1)
	r2 := uint8(jr_ext_r(h, 2))
	r3 := jr_ext_rf32(h, 3)
	r4 := jr_ext_rptr(h, 4, ptrs)
	r5 := uint64(jr_ext_r(h, 5))
	r6 := uint64(jr_ext_r(h, 6))
	r7 := jr_ext_rf64(h, 7)
	r8 := jr_ext_rf64(h, 8)
	r9 := uint64(jr_ext_r(h, 9))
	return [1]uint8{uint8(r0)}, r1, jr_u2b(r2), struct{F0 float32; F1 []bool; F2 complex128; F3 [1]int}{r3, *(*[]bool)(unsafe.Pointer(&jr_sliceh{r4, int(r5), int(r6)})), complex(r7, r8), [1]int{int(r9)}}
}

var m0itab_0 [5]uintptr

func init() {
	{
		f := m0_m0
		m0itab_0[3] = **(**uintptr)(unsafe.Pointer(&f))
	}
	{
		f := m0_m0
		m0itab_0[4] = **(**uintptr)(unsafe.Pointer(&f))
	}
}

var m0_funcvals [4]unsafe.Pointer
var m0_itabs = []unsafe.Pointer{unsafe.Pointer(&m0itab_0)}

func init() {
	{
		f := m0_f0
		m0_funcvals[0] = *(*unsafe.Pointer)(unsafe.Pointer(&f))
	}
	{
		f := m0_f1
		m0_funcvals[1] = *(*unsafe.Pointer)(unsafe.Pointer(&f))
	}
	{
		f := m0_m0
		m0_funcvals[2] = *(*unsafe.Pointer)(unsafe.Pointer(&f))
	}
}

func m0run_0() {
	jr_begin(0, 0, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{B0 byte; B1 byte; }))
	jr_reg(o0, 2)
	o1 := unsafe.Pointer(new(struct{B0 byte; B1 byte; B2 byte; B3 byte; B4 byte; }))
	jr_reg(o1, 5)
	o2 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; W24 uint64; }))
	jr_reg(o2, 32)
	jr_fill(o0, "\x00\x80")
	jr_fill(o1, "\xff\x0a\x62\xff\x00")
	jr_fill(o2, "\x00\x00\x00\x00\x00\x08\x5f\x40\x00\x00\x00\x00\x00\x80\x29\x40\x00\x00\x00\x00\x00\x00\xf0\x7f\x00\x00\x00\x00\x00\x48\x56\x40")
	var a0 float64 = jr_f64(0x7ff0000000000000)
	var a1 float64 = jr_f64(0xc047700000000000)
	var a2 float32 = jr_f32(0x7f800000)
	var a3 uint8 = uint8(0x0)
	var a4 uint32 = uint32(0x80000000)
	var a5 float64 = jr_f64(0x8000000000000000)
	var a6 float64 = jr_f64(0x8000000000000000)
	var a7 float64 = jr_f64(0xc03c800000000000)
	var a8 float64 = jr_f64(0x3ffe000000000000)
	var a9 float64 = jr_f64(0xc057c80000000000)
	var a10 uint64 = uint64(0x7d197282ffffffff)
	var a11 float32 = jr_f32(0x80000000)
	var a12 float64 = jr_f64(0xc020c00000000000)
	var a13 uint32 = uint32(0x0)
	var a14 uint64 = uint64(0x15fb864affffffff)
	var a15 uint8 = uint8(0x7f)
	var a16 float64 = jr_f64(0x7e37e43c8800759c)
	var a17 float64 = jr_f64(0xc051b00000000000)
	var a18 float32 = jr_f32(0x42e64000)
	var a19 float64 = jr_f64(0xc05aa00000000000)
	var a20 float32 = jr_f32(0x414e0000)
	var a21 float32 = jr_f32(0x42ab8000)
	var a22 float32 = jr_f32(0xc2b2c000)
	var a23 unsafe.Pointer = unsafe.Add(o0, 0)
	var a24 unsafe.Pointer = unsafe.Add(o1, 0)
	var a25 uint64 = uint64(0x5)
	var a26 float64 = jr_f64(0xc03f000000000000)
	var a27 float64 = jr_f64(0x404f200000000000)
	var a28 float32 = jr_f32(0xc21a8000)
	var a29 unsafe.Pointer = unsafe.Add(o2, 0)
	var a30 uint64 = uint64(0x2)
	var a31 uint64 = uint64(0x2)
	r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20 := m0_f0(complex(a0, a1), a2, jr_u2b(a3), int32(a4), a5, a6, a7, a8, a9, uint64(a10), a11, a12, rune(a13), uint64(a14), int8(a15), complex(a16, a17), a18, a19, [0]byte{}, complex(a20, a21), a22, (*int16)(a23), *(*string)(unsafe.Pointer(&jr_strh{a24, int(a25)})), a26, a27, a28, *(*[]complex128)(unsafe.Pointer(&jr_sliceh{a29, int(a30), int(a31)})))
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20
	jr_put_f64(r0)
	jr_put_f64(r1)
	jr_put_int("i32", uint64(uint32(r2.F0)))
	jr_put_int("i8", uint64(jr_bbits(r2.F1)))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r2.F2)))
	jr_put_int("i64", uint64(uint64(len(r2.F2))))
	jr_put_ptr(unsafe.Pointer(r2.F3))
	jr_put_f64(real(r3))
	jr_put_f64(imag(r3))
	jr_put_f64(r4)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r5)))
	jr_put_int("i64", uint64(uint64(len(r5))))
	jr_put_int("i32", uint64(uint32(r6)))
	jr_put_f32(r7)
	jr_put_f64(r8)
	jr_put_int("i32", uint64(uint32(r9)))
	jr_put_int("i64", uint64(uint64(r10)))
	jr_put_int("i64", uint64(uint64(r11)))
	jr_put_int("i8", uint64(uint8(r12)))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r13)))
	jr_put_int("i64", uint64(uint64(len(r13))))
	jr_put_int("i64", uint64(uint64(r14.F0)))
	jr_put_f64(r15)
	jr_put_f64(r16)
	jr_put_int("i32", uint64(uint32(r17)))
	jr_put_f64(r18)
	jr_put_f64(real(r19))
	jr_put_f64(imag(r19))
	jr_put_f64(r20)
	jr_put_obj(0, o0, 2, []uintptr{})
	jr_put_obj(1, o1, 5, []uintptr{})
	jr_put_obj(2, o2, 32, []uintptr{})
}

func m0run_1() {
	jr_begin(0, 1, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{B0 byte; B1 byte; }))
	jr_reg(o0, 2)
	o1 := unsafe.Pointer(new(struct{B0 byte; }))
	jr_reg(o1, 1)
	o2 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; W24 uint64; }))
	jr_reg(o2, 32)
	jr_fill(o0, "\xb2\xd9")
	jr_fill(o1, "\xff")
	jr_fill(o2, "\x00\x00\x00\x00\x00\x00\xf8\x7f\x9c\x75\x00\x88\x3c\xe4\x37\x7e\x00\x00\x00\x00\x00\xb8\x55\xc0\x00\x00\x00\x00\x00\x08\x57\x40")
	var a0 float64 = jr_f64(0x4052880000000000)
	var a1 float64 = jr_f64(0x7e37e43c8800759c)
	var a2 float32 = jr_f32(0x7fc00000)
	var a3 uint8 = uint8(0x0)
	var a4 uint32 = uint32(0x0)
	var a5 float64 = jr_f64(0x8000000000000000)
	var a6 float64 = jr_f64(0x7e37e43c8800759c)
	var a7 float64 = jr_f64(0x8000000000000000)
	var a8 float64 = jr_f64(0x4059c00000000000)
	var a9 float64 = jr_f64(0x8000000000000000)
	var a10 uint64 = uint64(0xd00524a3ffffffff)
	var a11 float32 = jr_f32(0xc17a0000)
	var a12 float64 = jr_f64(0xc035c00000000000)
	var a13 uint32 = uint32(0x80000000)
	var a14 uint64 = uint64(0xffffffffffffffff)
	var a15 uint8 = uint8(0xc3)
	var a16 float64 = jr_f64(0x8000000000000000)
	var a17 float64 = jr_f64(0x81b01297d23ab683)
	var a18 float32 = jr_f32(0xc2d8c000)
	var a19 float64 = jr_f64(0x8000000000000000)
	var a20 float32 = jr_f32(0xc2884000)
	var a21 float32 = jr_f32(0x7f800000)
	var a22 float32 = jr_f32(0xc2e4c000)
	var a23 unsafe.Pointer = unsafe.Add(o0, 0)
	var a24 unsafe.Pointer = unsafe.Add(o1, 0)
	var a25 uint64 = uint64(0x1)
	var a26 float64 = jr_f64(0xc058b80000000000)
	var a27 float64 = jr_f64(0x4052180000000000)
	var a28 float32 = jr_f32(0x42e48000)
	var a29 unsafe.Pointer = unsafe.Add(o2, 0)
	var a30 uint64 = uint64(0x2)
	var a31 uint64 = uint64(0x2)
	r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20 := m0_f0(complex(a0, a1), a2, jr_u2b(a3), int32(a4), a5, a6, a7, a8, a9, uint64(a10), a11, a12, rune(a13), uint64(a14), int8(a15), complex(a16, a17), a18, a19, [0]byte{}, complex(a20, a21), a22, (*int16)(a23), *(*string)(unsafe.Pointer(&jr_strh{a24, int(a25)})), a26, a27, a28, *(*[]complex128)(unsafe.Pointer(&jr_sliceh{a29, int(a30), int(a31)})))
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20
	jr_put_f64(r0)
	jr_put_f64(r1)
	jr_put_int("i32", uint64(uint32(r2.F0)))
	jr_put_int("i8", uint64(jr_bbits(r2.F1)))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r2.F2)))
	jr_put_int("i64", uint64(uint64(len(r2.F2))))
	jr_put_ptr(unsafe.Pointer(r2.F3))
	jr_put_f64(real(r3))
	jr_put_f64(imag(r3))
	jr_put_f64(r4)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r5)))
	jr_put_int("i64", uint64(uint64(len(r5))))
	jr_put_int("i32", uint64(uint32(r6)))
	jr_put_f32(r7)
	jr_put_f64(r8)
	jr_put_int("i32", uint64(uint32(r9)))
	jr_put_int("i64", uint64(uint64(r10)))
	jr_put_int("i64", uint64(uint64(r11)))
	jr_put_int("i8", uint64(uint8(r12)))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r13)))
	jr_put_int("i64", uint64(uint64(len(r13))))
	jr_put_int("i64", uint64(uint64(r14.F0)))
	jr_put_f64(r15)
	jr_put_f64(r16)
	jr_put_int("i32", uint64(uint32(r17)))
	jr_put_f64(r18)
	jr_put_f64(real(r19))
	jr_put_f64(imag(r19))
	jr_put_f64(r20)
	jr_put_obj(0, o0, 2, []uintptr{})
	jr_put_obj(1, o1, 1, []uintptr{})
	jr_put_obj(2, o2, 32, []uintptr{})
}

func m0run_2() {
	jr_begin(0, 2, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{B0 byte; B1 byte; }))
	jr_reg(o0, 2)
	jr_fill(o0, "\x00\x80")
	var a0 float64 = jr_f64(0x7ff0000000000000)
	var a1 float64 = jr_f64(0x81b01297d23ab683)
	var a2 float32 = jr_f32(0xc1d60000)
	var a3 uint8 = uint8(0x1)
	var a4 uint32 = uint32(0xffffffff)
	var a5 float64 = jr_f64(0x4030000000000000)
	var a6 float64 = jr_f64(0x7ff0000000000000)
	var a7 float64 = jr_f64(0x7ff0000000000000)
	var a8 float64 = jr_f64(0xc05d580000000000)
	var a9 float64 = jr_f64(0x7ff8000000000000)
	var a10 uint64 = uint64(0x861f664bffffffff)
	var a11 float32 = jr_f32(0x7f800000)
	var a12 float64 = jr_f64(0x7ff8000000000000)
	var a13 uint32 = uint32(0x3ffdb04c)
	var a14 uint64 = uint64(0x0)
	var a15 uint8 = uint8(0xfc)
	var a16 float64 = jr_f64(0x7ff8000000000000)
	var a17 float64 = jr_f64(0xc051000000000000)
	var a18 float32 = jr_f32(0x7f800000)
	var a19 float64 = jr_f64(0x81b01297d23ab683)
	var a20 float32 = jr_f32(0x40f80000)
	var a21 float32 = jr_f32(0x80000000)
	var a22 float32 = jr_f32(0x7fc00000)
	var a23 unsafe.Pointer = unsafe.Add(o0, 0)
	var a24 unsafe.Pointer = nil
	var a25 uint64 = uint64(0x0)
	var a26 float64 = jr_f64(0x8000000000000000)
	var a27 float64 = jr_f64(0x81b01297d23ab683)
	var a28 float32 = jr_f32(0xc2320000)
	var a29 unsafe.Pointer = nil
	var a30 uint64 = uint64(0x0)
	var a31 uint64 = uint64(0x0)
	r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20 := m0_f0(complex(a0, a1), a2, jr_u2b(a3), int32(a4), a5, a6, a7, a8, a9, uint64(a10), a11, a12, rune(a13), uint64(a14), int8(a15), complex(a16, a17), a18, a19, [0]byte{}, complex(a20, a21), a22, (*int16)(a23), *(*string)(unsafe.Pointer(&jr_strh{a24, int(a25)})), a26, a27, a28, *(*[]complex128)(unsafe.Pointer(&jr_sliceh{a29, int(a30), int(a31)})))
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = r0, r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19, r20
	jr_put_f64(r0)
	jr_put_f64(r1)
	jr_put_int("i32", uint64(uint32(r2.F0)))
	jr_put_int("i8", uint64(jr_bbits(r2.F1)))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r2.F2)))
	jr_put_int("i64", uint64(uint64(len(r2.F2))))
	jr_put_ptr(unsafe.Pointer(r2.F3))
	jr_put_f64(real(r3))
	jr_put_f64(imag(r3))
	jr_put_f64(r4)
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r5)))
	jr_put_int("i64", uint64(uint64(len(r5))))
	jr_put_int("i32", uint64(uint32(r6)))
	jr_put_f32(r7)
	jr_put_f64(r8)
	jr_put_int("i32", uint64(uint32(r9)))
	jr_put_int("i64", uint64(uint64(r10)))
	jr_put_int("i64", uint64(uint64(r11)))
	jr_put_int("i8", uint64(uint8(r12)))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r13)))
	jr_put_int("i64", uint64(uint64(len(r13))))
	jr_put_int("i64", uint64(uint64(r14.F0)))
	jr_put_f64(r15)
	jr_put_f64(r16)
	jr_put_int("i32", uint64(uint32(r17)))
	jr_put_f64(r18)
	jr_put_f64(real(r19))
	jr_put_f64(imag(r19))
	jr_put_f64(r20)
	jr_put_obj(0, o0, 2, []uintptr{})
}

func m0run_3() {
	jr_begin(0, 3, m0_funcvals[:], m0_itabs)
	var a0 float32 = jr_f32(0xc21c8000)
	var a1 unsafe.Pointer = nil
	var a2 uint64 = uint64(0x0)
	var a3 uint64 = uint64(0x0)
	var a4 unsafe.Pointer = nil
	var a5 uint16 = uint16(0xe8a5)
	var a6 uint64 = uint64(0xffffffffffffffff)
	var a7 float32 = jr_f32(0x42cbc000)
	var a8 float32 = jr_f32(0x7f800000)
	r0 := m0_f1(a0, *(*[][1]struct{})(unsafe.Pointer(&jr_sliceh{a1, int(a2), int(a3)})), *(*chan<- rune)(unsafe.Pointer(&[1]unsafe.Pointer{a4})), int16(a5), [1]int{int(a6)}, struct{}{}, [1][1]complex64{[1]complex64{complex(a7, a8)}})
	_ = r0
	jr_put_int("i64", uint64(uint64(r0)))
}

var m0_runs = []func(){
	m0run_0,
	m0run_1,
	m0run_2,
	m0run_3,
}
