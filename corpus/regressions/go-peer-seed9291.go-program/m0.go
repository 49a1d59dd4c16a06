package main

import "unsafe"

var _ unsafe.Pointer

//go:noinline
func m0_f0(p0 chan complex128, p1 [1]interface{M0() (string)}, p2 unsafe.Pointer) (map[uintptr]uint8, []struct{F0 string}, <-chan (<-chan int), [0]uint, int) {
	var v0, v1, v2, v3, v4, v5, v6, v10, v25, v29, v49, v50, v73, v76, v77, v78, v80, v87, v105, v116, v128, v130, v392, v395, v399, v401, v406, v409, v411, v416, v419, v425, v434, v436, v441, v859, v860, v863, q1_0, q1_1, t1, t33 unsafe.Pointer
	var v7, v8, v9, v32, v74, v82, v84, v85, v102, v103, v413, v414, v415, v418, v432, v433, v453, v454, t38, t39 float32
	var v11, v12, v20, v27, v28, v59, v104, v114, v398, v421, v423, v424, v443 uint32
	var v13, v14, v26, v57, v75, v86, v91, v92, v93, v95, v96, v97, v98, v99, v101, v109, v110, v111, v117, v119, v120, v121, v122, v124, v125, v126, v127, v133, v134, v135, v138, v139, v142, v143, v152, v155, v184, v197, v198, v244, v245, v248, v255, v256, v262, v263, v266, v267, v270, v281, v284, v287, v292, v295, v298, v301, v304, v310, v313, v314, v317, v318, v332, v335, v338, v351, v356, v359, v362, v365, v371, v374, v377, v380, v389, v422, v426, v428, v429, v430, v431, v438, v439, v444, v447, v448, v450, v451, v452, v457, v458, v459, v462, v463, v466, v467, v476, v479, v508, v521, v522, v568, v569, v572, v579, v580, v586, v587, v590, v591, v594, v605, v608, v611, v616, v619, v622, v625, v628, v634, v637, v638, v641, v642, v656, v659, v662, v675, v680, v683, v686, v689, v695, v698, v701, v704, v709, v744, v745, v748, v749, v752, v753, v758, v759, v767, v776, v782, v785, v788, v791, v794, v795, v798, v799, v806, v809, v819, v827, v830, v835, v838, v841, v844, v845, v848, v849, v856, t7, t8, t9, t11, t18, t20, t22, t23, t26, t27, t34, t46, t52 float64
	var v15, v21, v22, v23, v24, v33, v34, v38, v42, v43, v44, v45, v55, v56, v66, v89, v90, v100, v107, v108, v115, v123, v410, v427, v445, t16 uint8
	var v16, v17, v18, v19, v30, v31, v35, v36, v37, v39, v46, v47, v48, v51, v52, v54, v58, v63, v64, v65, v67, v68, v69, v70, v71, v72, v79, v81, v88, v94, v106, v112, v113, v118, v129, v131, v132, v136, v137, v140, v141, v144, v145, v146, v147, v148, v149, v150, v151, v153, v154, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v243, v246, v247, v249, v250, v251, v252, v253, v254, v257, v258, v259, v260, v261, v264, v265, v268, v269, v271, v272, v273, v274, v275, v276, v277, v278, v279, v280, v282, v283, v285, v286, v288, v289, v290, v291, v293, v294, v296, v297, v299, v300, v302, v303, v305, v306, v307, v308, v309, v311, v312, v315, v316, v319, v320, v321, v322, v323, v324, v325, v326, v327, v328, v329, v330, v331, v333, v334, v336, v337, v339, v340, v341, v342, v343, v344, v345, v346, v347, v348, v349, v350, v352, v353, v354, v355, v357, v358, v360, v361, v363, v364, v366, v367, v368, v369, v370, v372, v373, v375, v376, v378, v379, v381, v382, v383, v384, v385, v386, v387, v388, v390, v391, v393, v394, v396, v397, v400, v402, v403, v404, v405, v407, v408, v412, v417, v420, v435, v437, v440, v442, v446, v449, v455, v456, v460, v461, v464, v465, v468, v469, v470, v471, v472, v473, v474, v475, v477, v478, v480, v481, v482, v483, v484, v485, v486, v487, v488, v489, v490, v491, v492, v493, v494, v495, v496, v497, v498, v499, v500, v501, v502, v503, v504, v505, v506, v507, v509, v510, v511, v512, v513, v514, v515, v516, v517, v518, v519, v520, v523, v524, v525, v526, v527, v528, v529, v530, v531, v532, v533, v534, v535, v536, v537, v538, v539, v540, v541, v542, v543, v544, v545, v546, v547, v548, v549, v550, v551, v552, v553, v554, v555, v556, v557, v558, v559, v560, v561, v562, v563, v564, v565, v566, v567, v570, v571, v573, v574, v575, v576, v577, v578, v581, v582, v583, v584, v585, v588, v589, v592, v593, v595, v596, v597, v598, v599, v600, v601, v602, v603, v604, v606, v607, v609, v610, v612, v613, v614, v615, v617, v618, v620, v621, v623, v624, v626, v627, v629, v630, v631, v632, v633, v635, v636, v639, v640, v643, v644, v645, v646, v647, v648, v649, v650, v651, v652, v653, v654, v655, v657, v658, v660, v661, v663, v664, v665, v666, v667, v668, v669, v670, v671, v672, v673, v674, v676, v677, v678, v679, v681, v682, v684, v685, v687, v688, v690, v691, v692, v693, v694, v696, v697, v699, v700, v702, v703, v705, v706, v707, v708, v710, v711, v712, v713, v714, v715, v716, v717, v718, v719, v720, v721, v722, v723, v724, v725, v726, v727, v728, v729, v730, v731, v732, v733, v734, v735, v736, v737, v738, v739, v740, v741, v742, v743, v746, v747, v750, v751, v754, v755, v756, v757, v760, v761, v762, v763, v764, v765, v766, v768, v769, v770, v771, v772, v773, v774, v775, v777, v778, v779, v780, v781, v783, v784, v786, v787, v789, v790, v792, v793, v796, v797, v800, v801, v802, v803, v804, v805, v807, v808, v810, v811, v812, v813, v814, v815, v816, v817, v818, v820, v821, v822, v823, v824, v825, v826, v828, v829, v831, v832, v833, v834, v836, v837, v839, v840, v842, v843, v846, v847, v850, v851, v852, v853, v854, v855, v857, v858, v861, v862, t5 uint64
	var v40, v41, v53, v60, v61, v62, v83 uint16
	var s0, s1, s2, s3 struct{ _ [0]uint64; b [16]byte }
	var t0, t29, t43, t48 uintptr
	var t2 [3]uint16
	var t3 func(float64, string, uint64, string, float32, int16, float32, float32, float64, float64, float64, float64, float64, float64, complex128, string, uint8, uint8, complex128, float32, float64) (complex128, uint64, complex128, float64, float64, float64, byte, float64, complex64, int32, string, struct{F0 int8}, uint8, struct{F0 complex128}, float64, struct{F0 uint; F1 uint64; F2 uint32; F3 int8; F4 *float32}, float64, int64, float64, float64, complex128, bool, float64, float64)
	var t4, t6, t24, t36, t37, t42, t49, t51 complex128
	var t10, t35 byte
	var t12 complex64
	var t13 int32
	var t14, t40, t41, t44 string
	var t15 struct{F0 int8}
	var t17 struct{F0 complex128}
	var t19 struct{F0 uint; F1 uint64; F2 uint32; F3 int8; F4 *float32}
	var t21, t50 int64
	var t25, t47 bool
	var t28 func(rune, string, byte, float32, float32, float64, float32, complex128, string, float32, float64, string, complex128, float64, uint32, float64, complex128, int32, int32, float64, float64, int) (unsafe.Pointer, float64, byte, complex128, complex128, float32, float32, string, string, complex128, uintptr, string, rune, float64, bool, uintptr, complex128, int64, complex128, float64)
	var t30 int
	var t31 struct{}
	var t32 []interface{M0(float64) (uint32); M1(string, []uint16) (complex128)}
	var t45 rune
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v243, v244, v245, v246, v247, v248, v249, v250, v251, v252, v253, v254, v255, v256, v257, v258, v259, v260, v261, v262, v263, v264, v265, v266, v267, v268, v269, v270, v271, v272, v273, v274, v275, v276, v277, v278, v279, v280, v281, v282, v283, v284, v285, v286, v287, v288, v289, v290, v291, v292, v293, v294, v295, v296, v297, v298, v299, v300, v301, v302, v303, v304, v305, v306, v307, v308, v309, v310, v311, v312, v313, v314, v315, v316, v317, v318, v319, v320, v321, v322, v323, v324, v325, v326, v327, v328, v329, v330, v331, v332, v333, v334, v335, v336, v337, v338, v339, v340, v341, v342, v343, v344, v345, v346, v347, v348, v349, v350, v351, v352, v353, v354, v355, v356, v357, v358, v359, v360, v361, v362, v363, v364, v365, v366, v367, v368, v369, v370, v371, v372, v373, v374, v375, v376, v377, v378, v379, v380, v381, v382, v383, v384, v385, v386, v387, v388, v389, v390, v391, v392, v393, v394, v395, v396, v397, v398, v399, v400, v401, v402, v403, v404, v405, v406, v407, v408, v409, v410, v411, v412, v413, v414, v415, v416, v417, v418, v419, v420, v421, v422, v423, v424, v425, v426, v427, v428, v429, v430, v431, v432, v433, v434, v435, v436, v437, v438, v439, v440, v441, v442, v443, v444, v445, v446, v447, v448, v449, v450, v451, v452, v453, v454, v455, v456, v457, v458, v459, v460, v461, v462, v463, v464, v465, v466, v467, v468, v469, v470, v471, v472, v473, v474, v475, v476, v477, v478, v479, v480, v481, v482, v483, v484, v485, v486, v487, v488, v489, v490, v491, v492, v493, v494, v495, v496, v497, v498, v499, v500, v501, v502, v503, v504, v505, v506, v507, v508, v509, v510, v511, v512, v513, v514, v515, v516, v517, v518, v519, v520, v521, v522, v523, v524, v525, v526, v527, v528, v529, v530, v531, v532, v533, v534, v535, v536, v537, v538, v539, v540, v541, v542, v543, v544, v545, v546, v547, v548, v549, v550, v551, v552, v553, v554, v555, v556, v557, v558, v559, v560, v561, v562, v563, v564, v565, v566, v567, v568, v569, v570, v571, v572, v573, v574, v575, v576, v577, v578, v579, v580, v581, v582, v583, v584, v585, v586, v587, v588, v589, v590, v591, v592, v593, v594, v595, v596, v597, v598, v599, v600, v601, v602, v603, v604, v605, v606, v607, v608, v609, v610, v611, v612, v613, v614, v615, v616, v617, v618, v619, v620, v621, v622, v623, v624, v625, v626, v627, v628, v629, v630, v631, v632, v633, v634, v635, v636, v637, v638, v639, v640, v641, v642, v643, v644, v645, v646, v647, v648, v649, v650, v651, v652, v653, v654, v655, v656, v657, v658, v659, v660, v661, v662, v663, v664, v665, v666, v667, v668, v669, v670, v671, v672, v673, v674, v675, v676, v677, v678, v679, v680, v681, v682, v683, v684, v685, v686, v687, v688, v689, v690, v691, v692, v693, v694, v695, v696, v697, v698, v699, v700, v701, v702, v703, v704, v705, v706, v707, v708, v709, v710, v711, v712, v713, v714, v715, v716, v717, v718, v719, v720, v721, v722, v723, v724, v725, v726, v727, v728, v729, v730, v731, v732, v733, v734, v735, v736, v737, v738, v739, v740, v741, v742, v743, v744, v745, v746, v747, v748, v749, v750, v751, v752, v753, v754, v755, v756, v757, v758, v759, v760, v761, v762, v763, v764, v765, v766, v767, v768, v769, v770, v771, v772, v773, v774, v775, v776, v777, v778, v779, v780, v781, v782, v783, v784, v785, v786, v787, v788, v789, v790, v791, v792, v793, v794, v795, v796, v797, v798, v799, v800, v801, v802, v803, v804, v805, v806, v807, v808, v809, v810, v811, v812, v813, v814, v815, v816, v817, v818, v819, v820, v821, v822, v823, v824, v825, v826, v827, v828, v829, v830, v831, v832, v833, v834, v835, v836, v837, v838, v839, v840, v841, v842, v843, v844, v845, v846, v847, v848, v849, v850, v851, v852, v853, v854, v855, v856, v857, v858, v859, v860, v861, v862, v863, s0, s1, s2, s3, q1_0, q1_1, t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20, t21, t22, t23, t24, t25, t26, t27, t28, t29, t30, t31, t32, t33, t34, t35, t36, t37, t38, t39, t40, t41, t42, t43, t44, t45, t46, t47, t48, t49, t50, t51, t52
	q1_0 = (*[2]unsafe.Pointer)(unsafe.Pointer(&p1[0]))[0]
	q1_1 = (*[2]unsafe.Pointer)(unsafe.Pointer(&p1[0]))[1]
	v0 = *(*unsafe.Pointer)(unsafe.Pointer(&p0))
	v1 = q1_0
	v2 = q1_1
	v3 = unsafe.Pointer(&p1)
	v4 = *(*unsafe.Pointer)(unsafe.Add(v3, 8))
	v5 = p2
	v6 = unsafe.Pointer(&s0)
	v7 = 17.25
	*(*float32)(unsafe.Add(v6, 8)) = v7
	v8 = *(*float32)(unsafe.Add(v6, 8))
	v9 = v7 + v7
	v10 = unsafe.Pointer(&s1)
	v11 = uint32(v7)
	*(*uint32)(unsafe.Add(v10, 8)) = v11
	v12 = *(*uint32)(unsafe.Add(v10, 8))
	v13 = 53.25
	v14 = float64(v9)
	v15 = jr_b2u(v13 > v14)
	v16 = uint64(int32(v12))
	v17 = 0x183
	v18 = v16 * v17
	v19 = 0xfffffffffffffe85
	v20 = uint32(v19)
	v21 = 0x1
	v22 = v15 | v21
	v23 = uint8(int8(v15) / int8(v22))
	v24 = jr_b2u(v8 == v8)
	v25 = unsafe.Pointer(&s2)
	*(*float64)(unsafe.Add(v25, 8)) = v13
	v26 = *(*float64)(unsafe.Add(v25, 8))
	v27 = uint32(int32(v14))
	v28 = v11 + v27
	v29 = unsafe.Pointer(&s3)
	v30 = 0xfffffffffffffe6e
	*(*uint64)(unsafe.Add(v29, 8)) = v30
	v31 = *(*uint64)(unsafe.Add(v29, 8))
	v32 = 60.75
	v33 = jr_b2u(v32 <= v7)
	v34 = jr_b2u(v21 < v22)
	v35 = 0xfffffffffffffe28
	v36 = v18 &^ v35
	v37 = 0xffffffffffffff8a
	v38 = jr_b2u(int64(v16) > int64(v37))
	v39 = -v30
	v40 = uint16(int8(v38))
	v41 = v40 & v40
	v42 = jr_b2u(v26 > v13)
	v43 = jr_b2u(v30 > v18)
	v44 = uint8(v8)
	v45 = v44 | v44
	v46 = 0xfffffffffffffe10
	v47 = v46 + v36
	v48 = 0x0
	v49 = unsafe.Pointer(&m0itab_0)
	v50 = unsafe.Pointer(new([2]int64))
	jr_reg(v50, 16)
	v51 = 0x27c
	*(*uint64)(v50) = v51
	v52 = 0x38b
	*(*uint64)(unsafe.Add(v50, 8)) = v52
	v53 = 0x1a
	v54 = 0x3b
	v55 = 0x58
	v56 = 0x49
	v57 = 24.0
	v58 = 0xe
	v59 = 0x2b
	t0 = *(*uintptr)(unsafe.Add(v49, 24))
	t1 = unsafe.Pointer(&t0)
	t2 = (*(*func(unsafe.Pointer, int16, uintptr, uint8, bool, float64, uint, uint32) ([3]uint16))(unsafe.Pointer(&t1)))(v50, int16(v53), uintptr(v54), uint8(v55), jr_u2b(v56), v57, uint(v58), uint32(v59))
	v60 = uint16(t2[0])
	v61 = uint16(t2[1])
	v62 = uint16(t2[2])
	v63, v64 = v48, v48
	goto b1
b1:
	v65 = 0x3
	v66 = jr_b2u(int64(v63) >= int64(v65))
	if v66 != 0 {
		v72 = v64
		goto b3
	}
	goto b2
b2:
	v67 = 0x3
	v68 = v64 << v67
	v69 = v68 ^ v30
	v70 = 0x1
	v71 = v63 + v70
	v63, v64 = v71, v69
	goto b1
b3:
	v73 = unsafe.Pointer(new(complex64))
	jr_reg(v73, 8)
	v74 = float32(int64(v46))
	*(*float32)(v73) = v74
	*(*float32)(unsafe.Add(v73, 4)) = v8
	v75 = float64(v44)
	t3 = m0mk_c0(m0ctx_c0{L0: v75})
	v76 = *(*unsafe.Pointer)(unsafe.Pointer(&t3))
	jr_reg(v76, 16)
	if *(*uint64)(unsafe.Add(v76, 8)) != *(*uint64)(unsafe.Pointer(&v75)) { panic("closure layout") }
	v77 = unsafe.Pointer(new(int64))
	jr_reg(v77, 8)
	v78 = nil
	v79 = 0x0
	v80 = nil
	v81 = 0x0
	v82 = float32(v14)
	v83 = uint16(v35)
	v84 = float32(v14)
	v85 = float32(v14)
	v86 = float64(int8(v38))
	v87 = nil
	v88 = 0x0
	v89 = uint8(v35)
	v90 = uint8(v35)
	v91 = -25.5
	t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t19, t20, t21, t22, t23, t24, t25, t26, t27 = (*(*func(float64, string, uint64, string, float32, int16, float32, float32, float64, float64, float64, float64, float64, float64, complex128, string, uint8, uint8, complex128, float32, float64) (complex128, uint64, complex128, float64, float64, float64, byte, float64, complex64, int32, string, struct{F0 int8}, uint8, struct{F0 complex128}, float64, struct{F0 uint; F1 uint64; F2 uint32; F3 int8; F4 *float32}, float64, int64, float64, float64, complex128, bool, float64, float64))(unsafe.Pointer(&v76)))(v14, *(*string)(unsafe.Pointer(&jr_strh{v78, int(v79)})), uint64(v35), *(*string)(unsafe.Pointer(&jr_strh{v80, int(v81)})), v82, int16(v83), v84, v85, v86, v14, v14, v14, v14, v14, complex(v14, v14), *(*string)(unsafe.Pointer(&jr_strh{v87, int(v88)})), uint8(v89), uint8(v90), complex(v91, v14), v32, v14)
	v92 = real(t4)
	v93 = imag(t4)
	v94 = uint64(t5)
	v95 = real(t6)
	v96 = imag(t6)
	v97 = t7
	v98 = t8
	v99 = t9
	v100 = uint8(t10)
	v101 = t11
	v102 = real(t12)
	v103 = imag(t12)
	v104 = uint32(t13)
	v105 = *(*unsafe.Pointer)(unsafe.Pointer(&t14))
	v106 = uint64(len(t14))
	v107 = uint8(t15.F0)
	v108 = uint8(t16)
	v109 = real(t17.F0)
	v110 = imag(t17.F0)
	v111 = t18
	v112 = uint64(t19.F0)
	v113 = uint64(t19.F1)
	v114 = uint32(t19.F2)
	v115 = uint8(t19.F3)
	v116 = unsafe.Pointer(t19.F4)
	v117 = t20
	v118 = uint64(t21)
	v119 = t22
	v120 = t23
	v121 = real(t24)
	v122 = imag(t24)
	v123 = jr_bbits(t25)
	v124 = t26
	v125 = t27
	v126 = -72.0
	v127 = -1.5
	v128 = unsafe.Pointer(new([2]int64))
	jr_reg(v128, 16)
	v129 = uint64(int8(v43))
	*(*uint64)(v128) = v129
	*(*uint64)(unsafe.Add(v128, 8)) = v106
	t28 = m0mk_c1(m0ctx_c1{L0: v126, L1: v127, L2: v35, L3: v128})
	v130 = *(*unsafe.Pointer)(unsafe.Pointer(&t28))
	jr_reg(v130, 40)
	if *(*uint64)(unsafe.Add(v130, 8)) != *(*uint64)(unsafe.Pointer(&v126)) { panic("closure layout") }
	if *(*uint64)(unsafe.Add(v130, 16)) != *(*uint64)(unsafe.Pointer(&v127)) { panic("closure layout") }
	if *(*uint64)(unsafe.Add(v130, 24)) != *(*uint64)(unsafe.Pointer(&v35)) { panic("closure layout") }
	if *(*unsafe.Pointer)(unsafe.Add(v130, 32)) != *(*unsafe.Pointer)(unsafe.Pointer(&v128)) { panic("closure layout") }
	v131 = 0x1f
	v132 = 0x5bd1e995
	v133 = 0.0
	v134 = float64(v7)
	v135 = v133 + v134
	v136 = uint64(int64(v134))
	v137 = v132 ^ v136
	v138 = float64(v8)
	v139 = v135 + v138
	v140 = uint64(int64(v138))
	v141 = v137 ^ v140
	v142 = float64(v9)
	v143 = v139 + v142
	v144 = uint64(int64(v142))
	v145 = v141 ^ v144
	v146 = uint64(v11)
	v147 = v145 * v131
	v148 = v147 + v146
	v149 = uint64(v12)
	v150 = v148 * v131
	v151 = v150 + v149
	v152 = v143 + v13
	v153 = uint64(int64(v13))
	v154 = v151 ^ v153
	v155 = v152 + v14
	v156 = uint64(int64(v14))
	v157 = v154 ^ v156
	v158 = uint64(v15)
	v159 = v157 * v131
	v160 = v159 + v158
	v161 = v160 * v131
	v162 = v161 + v16
	v163 = v162 * v131
	v164 = v163 + v17
	v165 = v164 * v131
	v166 = v165 + v18
	v167 = v166 * v131
	v168 = v167 + v19
	v169 = uint64(v20)
	v170 = v168 * v131
	v171 = v170 + v169
	v172 = uint64(v21)
	v173 = v171 * v131
	v174 = v173 + v172
	v175 = uint64(v22)
	v176 = v174 * v131
	v177 = v176 + v175
	v178 = uint64(v23)
	v179 = v177 * v131
	v180 = v179 + v178
	v181 = uint64(v24)
	v182 = v180 * v131
	v183 = v182 + v181
	v184 = v155 + v26
	v185 = uint64(int64(v26))
	v186 = v183 ^ v185
	v187 = uint64(v27)
	v188 = v186 * v131
	v189 = v188 + v187
	v190 = uint64(v28)
	v191 = v189 * v131
	v192 = v191 + v190
	v193 = v192 * v131
	v194 = v193 + v30
	v195 = v194 * v131
	v196 = v195 + v31
	v197 = float64(v32)
	v198 = v184 + v197
	v199 = uint64(int64(v197))
	v200 = v196 ^ v199
	v201 = uint64(v33)
	v202 = v200 * v131
	v203 = v202 + v201
	v204 = uint64(v34)
	v205 = v203 * v131
	v206 = v205 + v204
	v207 = v206 * v131
	v208 = v207 + v35
	v209 = v208 * v131
	v210 = v209 + v36
	v211 = v210 * v131
	v212 = v211 + v37
	v213 = uint64(v38)
	v214 = v212 * v131
	v215 = v214 + v213
	v216 = v215 * v131
	v217 = v216 + v39
	v218 = uint64(v40)
	v219 = v217 * v131
	v220 = v219 + v218
	v221 = uint64(v41)
	v222 = v220 * v131
	v223 = v222 + v221
	v224 = uint64(v42)
	v225 = v223 * v131
	v226 = v225 + v224
	v227 = uint64(v43)
	v228 = v226 * v131
	v229 = v228 + v227
	v230 = uint64(v44)
	v231 = v229 * v131
	v232 = v231 + v230
	v233 = uint64(v45)
	v234 = v232 * v131
	v235 = v234 + v233
	v236 = v235 * v131
	v237 = v236 + v46
	v238 = v237 * v131
	v239 = v238 + v47
	v240 = v239 * v131
	v241 = v240 + v48
	v242 = v241 * v131
	v243 = v242 + v72
	v244 = float64(v74)
	v245 = v198 + v244
	v246 = uint64(int64(v244))
	v247 = v243 ^ v246
	v248 = v245 + v75
	v249 = uint64(int64(v75))
	v250 = v247 ^ v249
	v251 = v250 * v131
	v252 = v251 + v79
	v253 = v252 * v131
	v254 = v253 + v81
	v255 = float64(v82)
	v256 = v248 + v255
	v257 = uint64(int64(v255))
	v258 = v254 ^ v257
	v259 = uint64(v83)
	v260 = v258 * v131
	v261 = v260 + v259
	v262 = float64(v84)
	v263 = v256 + v262
	v264 = uint64(int64(v262))
	v265 = v261 ^ v264
	v266 = float64(v85)
	v267 = v263 + v266
	v268 = uint64(int64(v266))
	v269 = v265 ^ v268
	v270 = v267 + v86
	v271 = uint64(int64(v86))
	v272 = v269 ^ v271
	v273 = v272 * v131
	v274 = v273 + v88
	v275 = uint64(v89)
	v276 = v274 * v131
	v277 = v276 + v275
	v278 = uint64(v90)
	v279 = v277 * v131
	v280 = v279 + v278
	v281 = v270 + v91
	v282 = uint64(int64(v91))
	v283 = v280 ^ v282
	v284 = v281 + v92
	v285 = uint64(int64(v92))
	v286 = v283 ^ v285
	v287 = v284 + v93
	v288 = uint64(int64(v93))
	v289 = v286 ^ v288
	v290 = v289 * v131
	v291 = v290 + v94
	v292 = v287 + v95
	v293 = uint64(int64(v95))
	v294 = v291 ^ v293
	v295 = v292 + v96
	v296 = uint64(int64(v96))
	v297 = v294 ^ v296
	v298 = v295 + v97
	v299 = uint64(int64(v97))
	v300 = v297 ^ v299
	v301 = v298 + v98
	v302 = uint64(int64(v98))
	v303 = v300 ^ v302
	v304 = v301 + v99
	v305 = uint64(int64(v99))
	v306 = v303 ^ v305
	v307 = uint64(v100)
	v308 = v306 * v131
	v309 = v308 + v307
	v310 = v304 + v101
	v311 = uint64(int64(v101))
	v312 = v309 ^ v311
	v313 = float64(v102)
	v314 = v310 + v313
	v315 = uint64(int64(v313))
	v316 = v312 ^ v315
	v317 = float64(v103)
	v318 = v314 + v317
	v319 = uint64(int64(v317))
	v320 = v316 ^ v319
	v321 = uint64(v104)
	v322 = v320 * v131
	v323 = v322 + v321
	v324 = v323 * v131
	v325 = v324 + v106
	v326 = uint64(v107)
	v327 = v325 * v131
	v328 = v327 + v326
	v329 = uint64(v108)
	v330 = v328 * v131
	v331 = v330 + v329
	v332 = v318 + v109
	v333 = uint64(int64(v109))
	v334 = v331 ^ v333
	v335 = v332 + v110
	v336 = uint64(int64(v110))
	v337 = v334 ^ v336
	v338 = v335 + v111
	v339 = uint64(int64(v111))
	v340 = v337 ^ v339
	v341 = v340 * v131
	v342 = v341 + v112
	v343 = v342 * v131
	v344 = v343 + v113
	v345 = uint64(v114)
	v346 = v344 * v131
	v347 = v346 + v345
	v348 = uint64(v115)
	v349 = v347 * v131
	v350 = v349 + v348
	v351 = v338 + v117
	v352 = uint64(int64(v117))
	v353 = v350 ^ v352
	v354 = v353 * v131
	v355 = v354 + v118
	v356 = v351 + v119
	v357 = uint64(int64(v119))
	v358 = v355 ^ v357
	v359 = v356 + v120
	v360 = uint64(int64(v120))
	v361 = v358 ^ v360
	v362 = v359 + v121
	v363 = uint64(int64(v121))
	v364 = v361 ^ v363
	v365 = v362 + v122
	v366 = uint64(int64(v122))
	v367 = v364 ^ v366
	v368 = uint64(v123)
	v369 = v367 * v131
	v370 = v369 + v368
	v371 = v365 + v124
	v372 = uint64(int64(v124))
	v373 = v370 ^ v372
	v374 = v371 + v125
	v375 = uint64(int64(v125))
	v376 = v373 ^ v375
	v377 = v374 + v126
	v378 = uint64(int64(v126))
	v379 = v376 ^ v378
	v380 = v377 + v127
	v381 = uint64(int64(v127))
	v382 = v379 ^ v381
	v383 = v382 * v131
	v384 = v383 + v129
	v385 = v384 * v131
	v386 = v385 + v131
	v387 = v386 * v131
	v388 = v387 + v132
	v389 = v380 + v133
	v390 = uint64(int64(v133))
	v391 = v388 ^ v390
	v392 = nil
	v393 = 0x0
	v394 = 0x0
	v395 = nil
	v396 = 0x0
	v397 = 0x0
	v398 = 0x21
	v399 = nil
	v400 = 0x0
	v401 = nil
	v402 = 0x0
	v403 = 0x0
	t29, t30, t31, t32 = m0_x0(*(*[]string)(unsafe.Pointer(&jr_sliceh{v392, int(v393), int(v394)})), *(*[]struct{F0 float64; F1 complex64; F2 float64; F3 int64})(unsafe.Pointer(&jr_sliceh{v395, int(v396), int(v397)})), uint16(v83), rune(v398), *(*string)(unsafe.Pointer(&jr_strh{v399, int(v400)})), *(*[]struct{F0 uintptr; F1 complex64})(unsafe.Pointer(&jr_sliceh{v401, int(v402), int(v403)})))
	v404 = uint64(t29)
	v405 = uint64(t30)
	v406 = unsafe.Pointer((*[0]interface{M0(float64) (uint32); M1(string, []uint16) (complex128)})(t32))
	v407 = uint64(len(t32))
	v408 = uint64(cap(t32))
	v409 = nil
	v410 = jr_b2u(v406 == v409)
	v411 = nil
	v412 = 0x0
	v413 = float32(v99)
	v414 = float32(v99)
	v415 = float32(v99)
	v416 = nil
	v417 = 0x0
	v418 = float32(v99)
	v419 = nil
	v420 = 0x0
	v421 = uint32(v72)
	v422 = float64(v407)
	v423 = uint32(v72)
	v424 = uint32(v72)
	t33, t34, t35, t36, t37, t38, t39, t40, t41, t42, t43, t44, t45, t46, t47, t48, t49, t50, t51, t52 = (*(*func(rune, string, byte, float32, float32, float64, float32, complex128, string, float32, float64, string, complex128, float64, uint32, float64, complex128, int32, int32, float64, float64, int) (unsafe.Pointer, float64, byte, complex128, complex128, float32, float32, string, string, complex128, uintptr, string, rune, float64, bool, uintptr, complex128, int64, complex128, float64))(unsafe.Pointer(&v130)))(rune(v27), *(*string)(unsafe.Pointer(&jr_strh{v411, int(v412)})), byte(v410), v413, v414, v99, v415, complex(v93, v99), *(*string)(unsafe.Pointer(&jr_strh{v416, int(v417)})), v418, v99, *(*string)(unsafe.Pointer(&jr_strh{v419, int(v420)})), complex(v99, v99), v99, uint32(v421), v422, complex(v99, v99), int32(v423), int32(v424), v99, v99, int(v72))
	v425 = t33
	v426 = t34
	v427 = uint8(t35)
	v428 = real(t36)
	v429 = imag(t36)
	v430 = real(t37)
	v431 = imag(t37)
	v432 = t38
	v433 = t39
	v434 = *(*unsafe.Pointer)(unsafe.Pointer(&t40))
	v435 = uint64(len(t40))
	v436 = *(*unsafe.Pointer)(unsafe.Pointer(&t41))
	v437 = uint64(len(t41))
	v438 = real(t42)
	v439 = imag(t42)
	v440 = uint64(t43)
	v441 = *(*unsafe.Pointer)(unsafe.Pointer(&t44))
	v442 = uint64(len(t44))
	v443 = uint32(t45)
	v444 = t46
	v445 = jr_bbits(t47)
	v446 = uint64(t48)
	v447 = real(t49)
	v448 = imag(t49)
	v449 = uint64(t50)
	v450 = real(t51)
	v451 = imag(t51)
	v452 = t52
	v453 = *(*float32)(v73)
	v454 = *(*float32)(unsafe.Add(v73, 4))
	v455 = 0x1f
	v456 = 0x5bd1e995
	v457 = 0.0
	v458 = float64(v7)
	v459 = v457 + v458
	v460 = uint64(int64(v458))
	v461 = v456 ^ v460
	v462 = float64(v8)
	v463 = v459 + v462
	v464 = uint64(int64(v462))
	v465 = v461 ^ v464
	v466 = float64(v9)
	v467 = v463 + v466
	v468 = uint64(int64(v466))
	v469 = v465 ^ v468
	v470 = uint64(v11)
	v471 = v469 * v455
	v472 = v471 + v470
	v473 = uint64(v12)
	v474 = v472 * v455
	v475 = v474 + v473
	v476 = v467 + v13
	v477 = uint64(int64(v13))
	v478 = v475 ^ v477
	v479 = v476 + v14
	v480 = uint64(int64(v14))
	v481 = v478 ^ v480
	v482 = uint64(v15)
	v483 = v481 * v455
	v484 = v483 + v482
	v485 = v484 * v455
	v486 = v485 + v16
	v487 = v486 * v455
	v488 = v487 + v17
	v489 = v488 * v455
	v490 = v489 + v18
	v491 = v490 * v455
	v492 = v491 + v19
	v493 = uint64(v20)
	v494 = v492 * v455
	v495 = v494 + v493
	v496 = uint64(v21)
	v497 = v495 * v455
	v498 = v497 + v496
	v499 = uint64(v22)
	v500 = v498 * v455
	v501 = v500 + v499
	v502 = uint64(v23)
	v503 = v501 * v455
	v504 = v503 + v502
	v505 = uint64(v24)
	v506 = v504 * v455
	v507 = v506 + v505
	v508 = v479 + v26
	v509 = uint64(int64(v26))
	v510 = v507 ^ v509
	v511 = uint64(v27)
	v512 = v510 * v455
	v513 = v512 + v511
	v514 = uint64(v28)
	v515 = v513 * v455
	v516 = v515 + v514
	v517 = v516 * v455
	v518 = v517 + v30
	v519 = v518 * v455
	v520 = v519 + v31
	v521 = float64(v32)
	v522 = v508 + v521
	v523 = uint64(int64(v521))
	v524 = v520 ^ v523
	v525 = uint64(v33)
	v526 = v524 * v455
	v527 = v526 + v525
	v528 = uint64(v34)
	v529 = v527 * v455
	v530 = v529 + v528
	v531 = v530 * v455
	v532 = v531 + v35
	v533 = v532 * v455
	v534 = v533 + v36
	v535 = v534 * v455
	v536 = v535 + v37
	v537 = uint64(v38)
	v538 = v536 * v455
	v539 = v538 + v537
	v540 = v539 * v455
	v541 = v540 + v39
	v542 = uint64(v40)
	v543 = v541 * v455
	v544 = v543 + v542
	v545 = uint64(v41)
	v546 = v544 * v455
	v547 = v546 + v545
	v548 = uint64(v42)
	v549 = v547 * v455
	v550 = v549 + v548
	v551 = uint64(v43)
	v552 = v550 * v455
	v553 = v552 + v551
	v554 = uint64(v44)
	v555 = v553 * v455
	v556 = v555 + v554
	v557 = uint64(v45)
	v558 = v556 * v455
	v559 = v558 + v557
	v560 = v559 * v455
	v561 = v560 + v46
	v562 = v561 * v455
	v563 = v562 + v47
	v564 = v563 * v455
	v565 = v564 + v48
	v566 = v565 * v455
	v567 = v566 + v72
	v568 = float64(v74)
	v569 = v522 + v568
	v570 = uint64(int64(v568))
	v571 = v567 ^ v570
	v572 = v569 + v75
	v573 = uint64(int64(v75))
	v574 = v571 ^ v573
	v575 = v574 * v455
	v576 = v575 + v79
	v577 = v576 * v455
	v578 = v577 + v81
	v579 = float64(v82)
	v580 = v572 + v579
	v581 = uint64(int64(v579))
	v582 = v578 ^ v581
	v583 = uint64(v83)
	v584 = v582 * v455
	v585 = v584 + v583
	v586 = float64(v84)
	v587 = v580 + v586
	v588 = uint64(int64(v586))
	v589 = v585 ^ v588
	v590 = float64(v85)
	v591 = v587 + v590
	v592 = uint64(int64(v590))
	v593 = v589 ^ v592
	v594 = v591 + v86
	v595 = uint64(int64(v86))
	v596 = v593 ^ v595
	v597 = v596 * v455
	v598 = v597 + v88
	v599 = uint64(v89)
	v600 = v598 * v455
	v601 = v600 + v599
	v602 = uint64(v90)
	v603 = v601 * v455
	v604 = v603 + v602
	v605 = v594 + v91
	v606 = uint64(int64(v91))
	v607 = v604 ^ v606
	v608 = v605 + v92
	v609 = uint64(int64(v92))
	v610 = v607 ^ v609
	v611 = v608 + v93
	v612 = uint64(int64(v93))
	v613 = v610 ^ v612
	v614 = v613 * v455
	v615 = v614 + v94
	v616 = v611 + v95
	v617 = uint64(int64(v95))
	v618 = v615 ^ v617
	v619 = v616 + v96
	v620 = uint64(int64(v96))
	v621 = v618 ^ v620
	v622 = v619 + v97
	v623 = uint64(int64(v97))
	v624 = v621 ^ v623
	v625 = v622 + v98
	v626 = uint64(int64(v98))
	v627 = v624 ^ v626
	v628 = v625 + v99
	v629 = uint64(int64(v99))
	v630 = v627 ^ v629
	v631 = uint64(v100)
	v632 = v630 * v455
	v633 = v632 + v631
	v634 = v628 + v101
	v635 = uint64(int64(v101))
	v636 = v633 ^ v635
	v637 = float64(v102)
	v638 = v634 + v637
	v639 = uint64(int64(v637))
	v640 = v636 ^ v639
	v641 = float64(v103)
	v642 = v638 + v641
	v643 = uint64(int64(v641))
	v644 = v640 ^ v643
	v645 = uint64(v104)
	v646 = v644 * v455
	v647 = v646 + v645
	v648 = v647 * v455
	v649 = v648 + v106
	v650 = uint64(v107)
	v651 = v649 * v455
	v652 = v651 + v650
	v653 = uint64(v108)
	v654 = v652 * v455
	v655 = v654 + v653
	v656 = v642 + v109
	v657 = uint64(int64(v109))
	v658 = v655 ^ v657
	v659 = v656 + v110
	v660 = uint64(int64(v110))
	v661 = v658 ^ v660
	v662 = v659 + v111
	v663 = uint64(int64(v111))
	v664 = v661 ^ v663
	v665 = v664 * v455
	v666 = v665 + v112
	v667 = v666 * v455
	v668 = v667 + v113
	v669 = uint64(v114)
	v670 = v668 * v455
	v671 = v670 + v669
	v672 = uint64(v115)
	v673 = v671 * v455
	v674 = v673 + v672
	v675 = v662 + v117
	v676 = uint64(int64(v117))
	v677 = v674 ^ v676
	v678 = v677 * v455
	v679 = v678 + v118
	v680 = v675 + v119
	v681 = uint64(int64(v119))
	v682 = v679 ^ v681
	v683 = v680 + v120
	v684 = uint64(int64(v120))
	v685 = v682 ^ v684
	v686 = v683 + v121
	v687 = uint64(int64(v121))
	v688 = v685 ^ v687
	v689 = v686 + v122
	v690 = uint64(int64(v122))
	v691 = v688 ^ v690
	v692 = uint64(v123)
	v693 = v691 * v455
	v694 = v693 + v692
	v695 = v689 + v124
	v696 = uint64(int64(v124))
	v697 = v694 ^ v696
	v698 = v695 + v125
	v699 = uint64(int64(v125))
	v700 = v697 ^ v699
	v701 = v698 + v126
	v702 = uint64(int64(v126))
	v703 = v700 ^ v702
	v704 = v701 + v127
	v705 = uint64(int64(v127))
	v706 = v703 ^ v705
	v707 = v706 * v455
	v708 = v707 + v129
	v709 = v704 + v389
	v710 = uint64(int64(v389))
	v711 = v708 ^ v710
	v712 = v711 * v455
	v713 = v712 + v391
	v714 = v713 * v455
	v715 = v714 + v393
	v716 = v715 * v455
	v717 = v716 + v394
	v718 = v717 * v455
	v719 = v718 + v396
	v720 = v719 * v455
	v721 = v720 + v397
	v722 = uint64(v398)
	v723 = v721 * v455
	v724 = v723 + v722
	v725 = v724 * v455
	v726 = v725 + v400
	v727 = v726 * v455
	v728 = v727 + v402
	v729 = v728 * v455
	v730 = v729 + v403
	v731 = v730 * v455
	v732 = v731 + v404
	v733 = v732 * v455
	v734 = v733 + v405
	v735 = v734 * v455
	v736 = v735 + v407
	v737 = v736 * v455
	v738 = v737 + v408
	v739 = uint64(v410)
	v740 = v738 * v455
	v741 = v740 + v739
	v742 = v741 * v455
	v743 = v742 + v412
	v744 = float64(v413)
	v745 = v709 + v744
	v746 = uint64(int64(v744))
	v747 = v743 ^ v746
	v748 = float64(v414)
	v749 = v745 + v748
	v750 = uint64(int64(v748))
	v751 = v747 ^ v750
	v752 = float64(v415)
	v753 = v749 + v752
	v754 = uint64(int64(v752))
	v755 = v751 ^ v754
	v756 = v755 * v455
	v757 = v756 + v417
	v758 = float64(v418)
	v759 = v753 + v758
	v760 = uint64(int64(v758))
	v761 = v757 ^ v760
	v762 = v761 * v455
	v763 = v762 + v420
	v764 = uint64(v421)
	v765 = v763 * v455
	v766 = v765 + v764
	v767 = v759 + v422
	v768 = uint64(int64(v422))
	v769 = v766 ^ v768
	v770 = uint64(v423)
	v771 = v769 * v455
	v772 = v771 + v770
	v773 = uint64(v424)
	v774 = v772 * v455
	v775 = v774 + v773
	v776 = v767 + v426
	v777 = uint64(int64(v426))
	v778 = v775 ^ v777
	v779 = uint64(v427)
	v780 = v778 * v455
	v781 = v780 + v779
	v782 = v776 + v428
	v783 = uint64(int64(v428))
	v784 = v781 ^ v783
	v785 = v782 + v429
	v786 = uint64(int64(v429))
	v787 = v784 ^ v786
	v788 = v785 + v430
	v789 = uint64(int64(v430))
	v790 = v787 ^ v789
	v791 = v788 + v431
	v792 = uint64(int64(v431))
	v793 = v790 ^ v792
	v794 = float64(v432)
	v795 = v791 + v794
	v796 = uint64(int64(v794))
	v797 = v793 ^ v796
	v798 = float64(v433)
	v799 = v795 + v798
	v800 = uint64(int64(v798))
	v801 = v797 ^ v800
	v802 = v801 * v455
	v803 = v802 + v435
	v804 = v803 * v455
	v805 = v804 + v437
	v806 = v799 + v438
	v807 = uint64(int64(v438))
	v808 = v805 ^ v807
	v809 = v806 + v439
	v810 = uint64(int64(v439))
	v811 = v808 ^ v810
	v812 = v811 * v455
	v813 = v812 + v440
	v814 = v813 * v455
	v815 = v814 + v442
	v816 = uint64(v443)
	v817 = v815 * v455
	v818 = v817 + v816
	v819 = v809 + v444
	v820 = uint64(int64(v444))
	v821 = v818 ^ v820
	v822 = uint64(v445)
	v823 = v821 * v455
	v824 = v823 + v822
	v825 = v824 * v455
	v826 = v825 + v446
	v827 = v819 + v447
	v828 = uint64(int64(v447))
	v829 = v826 ^ v828
	v830 = v827 + v448
	v831 = uint64(int64(v448))
	v832 = v829 ^ v831
	v833 = v832 * v455
	v834 = v833 + v449
	v835 = v830 + v450
	v836 = uint64(int64(v450))
	v837 = v834 ^ v836
	v838 = v835 + v451
	v839 = uint64(int64(v451))
	v840 = v837 ^ v839
	v841 = v838 + v452
	v842 = uint64(int64(v452))
	v843 = v840 ^ v842
	v844 = float64(v453)
	v845 = v841 + v844
	v846 = uint64(int64(v844))
	v847 = v843 ^ v846
	v848 = float64(v454)
	v849 = v845 + v848
	v850 = uint64(int64(v848))
	v851 = v847 ^ v850
	v852 = v851 * v455
	v853 = v852 + v455
	v854 = v853 * v455
	v855 = v854 + v456
	v856 = v849 + v457
	v857 = uint64(int64(v457))
	v858 = v855 ^ v857
	v859 = nil
	v860 = nil
	v861 = 0x0
	v862 = 0x0
	v863 = nil
	return *(*map[uintptr]uint8)(unsafe.Pointer(&[1]unsafe.Pointer{v859})), *(*[]struct{F0 string})(unsafe.Pointer(&jr_sliceh{v860, int(v861), int(v862)})), *(*<-chan (<-chan int))(unsafe.Pointer(&[1]unsafe.Pointer{v863})), [0]uint{}, int(v858)
}

//go:noinline
func m0_m0(p0 *[2]int64, p1 int16, p2 uintptr, p3 uint8, p4 bool, p5 float64, p6 uint, p7 uint32) ([3]uint16) {
	var v0, v1, v12, v15, v18, v51 unsafe.Pointer
	var v2, v8, v9, v23, v24, v25, v30, v42, v45, v48, v54, v59 uint8
	var v3, v4, v5, v7, v11, v13, v31, v32, v47, v55, v56, v57, v58, v60, v61, v62, v63, v64, v65, v66, v67, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v111, v112, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v192, v193, v195, v196, v197, v198, v199, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v216, v217, q6_0 uint64
	var v6, v19, v20, v46, v52, v218, v219, v220 uint16
	var v10, v22, v44, v49, v50, v68, v87, v109, v110, v113, v177, v191, v194, v200, v201, v215 float64
	var v14, v16, v17, v26, v27, v28, v29, v33, v34, v35, v36, v37, v38, v39, v40, v41, v43, q7_0 uint32
	var v21, v53 float32
	var s0, s1 struct{ _ [0]uint64; b [16]byte }
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, s0, s1, q6_0, q7_0
	q6_0 = uint64(p6)
	q7_0 = uint32(p7)
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
	v6 = uint16(p1)
	v7 = uint64(p2)
	v8 = uint8(p3)
	v9 = jr_bbits(p4)
	v10 = p5
	v11 = q6_0
	v12 = unsafe.Pointer(&p6)
	*(*uint64)(v12) = v7
	v13 = *(*uint64)(v12)
	v14 = q7_0
	v15 = unsafe.Pointer(&p7)
	v16 = 0xfffffefd
	*(*uint32)(v15) = v16
	v17 = *(*uint32)(v15)
	v18 = unsafe.Pointer(&s0)
	*(*uint16)(v18) = v6
	v19 = *(*uint16)(v18)
	v20 = uint16(v3)
	v21 = float32(v20)
	v22 = -v10
	v23 = -v8
	v24 = uint8(v21)
	v25 = jr_b2u(int8(v24) <= int8(v23))
	v26 = 0x1
	v27 = v14 | v26
	v28 = v14 % v27
	v29 = 0x15d
	v30 = jr_b2u(v29 == v28)
	v31 = uint64(int8(v30))
	v32 = v31 &^ v11
	v33 = 0x3
	v34 = 0x1
	v35 = v33 | v34
	v36 = v33 % v35
	v37 = 0xfffffe9a
	v38 = 0xe8
	v39 = 0x1
	v40 = v38 | v39
	v41 = v37 % v40
	v42 = v30 &^ v23
	v43 = uint32(int16(v19))
	v44 = 39.0
	v45 = jr_b2u(v22 != v44)
	v46 = v6 | v20
	v47 = 0x6a
	v48 = jr_b2u(int64(v5) < int64(v47))
	v49 = v10 - v22
	v50 = float64(int64(v11))
	v51 = unsafe.Pointer(&s1)
	*(*uint16)(v51) = v46
	v52 = *(*uint16)(v51)
	v53 = float32(v47)
	v54 = jr_b2u(v53 == v21)
	v55 = 0x0
	v56, v57 = v55, v32
	goto b3
b3:
	v58 = 0x1
	v59 = jr_b2u(int64(v56) >= int64(v58))
	if v59 != 0 {
		v65 = v57
		goto b5
	}
	goto b4
b4:
	v60 = 0x3
	v61 = v57 << v60
	v62 = v61 ^ v3
	v63 = 0x1
	v64 = v56 + v63
	v56, v57 = v64, v62
	goto b3
b5:
	v66 = 0x1f
	v67 = 0x5bd1e995
	v68 = 0.0
	v69 = uint64(v2)
	v70 = v67 * v66
	v71 = v70 + v69
	v72 = v71 * v66
	v73 = v72 + v3
	v74 = v73 * v66
	v75 = v74 + v5
	v76 = uint64(v6)
	v77 = v75 * v66
	v78 = v77 + v76
	v79 = v78 * v66
	v80 = v79 + v7
	v81 = uint64(v8)
	v82 = v80 * v66
	v83 = v82 + v81
	v84 = uint64(v9)
	v85 = v83 * v66
	v86 = v85 + v84
	v87 = v68 + v10
	v88 = uint64(int64(v10))
	v89 = v86 ^ v88
	v90 = v89 * v66
	v91 = v90 + v11
	v92 = v91 * v66
	v93 = v92 + v13
	v94 = uint64(v14)
	v95 = v93 * v66
	v96 = v95 + v94
	v97 = uint64(v16)
	v98 = v96 * v66
	v99 = v98 + v97
	v100 = uint64(v17)
	v101 = v99 * v66
	v102 = v101 + v100
	v103 = uint64(v19)
	v104 = v102 * v66
	v105 = v104 + v103
	v106 = uint64(v20)
	v107 = v105 * v66
	v108 = v107 + v106
	v109 = float64(v21)
	v110 = v87 + v109
	v111 = uint64(int64(v109))
	v112 = v108 ^ v111
	v113 = v110 + v22
	v114 = uint64(int64(v22))
	v115 = v112 ^ v114
	v116 = uint64(v23)
	v117 = v115 * v66
	v118 = v117 + v116
	v119 = uint64(v24)
	v120 = v118 * v66
	v121 = v120 + v119
	v122 = uint64(v25)
	v123 = v121 * v66
	v124 = v123 + v122
	v125 = uint64(v26)
	v126 = v124 * v66
	v127 = v126 + v125
	v128 = uint64(v27)
	v129 = v127 * v66
	v130 = v129 + v128
	v131 = uint64(v28)
	v132 = v130 * v66
	v133 = v132 + v131
	v134 = uint64(v29)
	v135 = v133 * v66
	v136 = v135 + v134
	v137 = uint64(v30)
	v138 = v136 * v66
	v139 = v138 + v137
	v140 = v139 * v66
	v141 = v140 + v31
	v142 = v141 * v66
	v143 = v142 + v32
	v144 = uint64(v33)
	v145 = v143 * v66
	v146 = v145 + v144
	v147 = uint64(v34)
	v148 = v146 * v66
	v149 = v148 + v147
	v150 = uint64(v35)
	v151 = v149 * v66
	v152 = v151 + v150
	v153 = uint64(v36)
	v154 = v152 * v66
	v155 = v154 + v153
	v156 = uint64(v37)
	v157 = v155 * v66
	v158 = v157 + v156
	v159 = uint64(v38)
	v160 = v158 * v66
	v161 = v160 + v159
	v162 = uint64(v39)
	v163 = v161 * v66
	v164 = v163 + v162
	v165 = uint64(v40)
	v166 = v164 * v66
	v167 = v166 + v165
	v168 = uint64(v41)
	v169 = v167 * v66
	v170 = v169 + v168
	v171 = uint64(v42)
	v172 = v170 * v66
	v173 = v172 + v171
	v174 = uint64(v43)
	v175 = v173 * v66
	v176 = v175 + v174
	v177 = v113 + v44
	v178 = uint64(int64(v44))
	v179 = v176 ^ v178
	v180 = uint64(v45)
	v181 = v179 * v66
	v182 = v181 + v180
	v183 = uint64(v46)
	v184 = v182 * v66
	v185 = v184 + v183
	v186 = v185 * v66
	v187 = v186 + v47
	v188 = uint64(v48)
	v189 = v187 * v66
	v190 = v189 + v188
	v191 = v177 + v49
	v192 = uint64(int64(v49))
	v193 = v190 ^ v192
	v194 = v191 + v50
	v195 = uint64(int64(v50))
	v196 = v193 ^ v195
	v197 = uint64(v52)
	v198 = v196 * v66
	v199 = v198 + v197
	v200 = float64(v53)
	v201 = v194 + v200
	v202 = uint64(int64(v200))
	v203 = v199 ^ v202
	v204 = uint64(v54)
	v205 = v203 * v66
	v206 = v205 + v204
	v207 = v206 * v66
	v208 = v207 + v55
	v209 = v208 * v66
	v210 = v209 + v65
	v211 = v210 * v66
	v212 = v211 + v66
	v213 = v212 * v66
	v214 = v213 + v67
	v215 = v201 + v68
	v216 = uint64(int64(v68))
	v217 = v214 ^ v216
	v218 = uint16(v41)
	v219 = uint16(v25)
	v220 = uint16(v217)
	return [3]uint16{uint16(v218), uint16(v219), uint16(v220)}
}

type m0ctx_c0 struct{L0 float64; }

//go:noinline
func m0mk_c0(c m0ctx_c0) func(float64, string, uint64, string, float32, int16, float32, float32, float64, float64, float64, float64, float64, float64, complex128, string, uint8, uint8, complex128, float32, float64) (complex128, uint64, complex128, float64, float64, float64, byte, float64, complex64, int32, string, struct{F0 int8}, uint8, struct{F0 complex128}, float64, struct{F0 uint; F1 uint64; F2 uint32; F3 int8; F4 *float32}, float64, int64, float64, float64, complex128, bool, float64, float64) {
	return func(p0 float64, p1 string, p2 uint64, p3 string, p4 float32, p5 int16, p6 float32, p7 float32, p8 float64, p9 float64, p10 float64, p11 float64, p12 float64, p13 float64, p14 complex128, p15 string, p16 uint8, p17 uint8, p18 complex128, p19 float32, p20 float64) (complex128, uint64, complex128, float64, float64, float64, byte, float64, complex64, int32, string, struct{F0 int8}, uint8, struct{F0 complex128}, float64, struct{F0 uint; F1 uint64; F2 uint32; F3 int8; F4 *float32}, float64, int64, float64, float64, complex128, bool, float64, float64) {
	var v1, v2, v17, v18, v19, v20, v22, v23, v24, v25, v26, v27, v32, v33, v35, v36, v38, v55, v61, v62, v65, v78, v79, v88, v89, v92, v93, v96, v99, v102, v105, v108, v111, v114, v117, v120, v123, v134, v137, v140, v143, v146, v147, v150, v165, v166, v189, v204, v207, v208, v219, v221, q11_0, q18_0, q18_1 float64
	var v3, v6, v9, v13, v21, v28, v34, v39, v53, v56, v212, v218 unsafe.Pointer
	var v4, v5, v7, v8, v10, v29, v40, v41, v42, v43, v44, v45, v54, v57, v58, v59, v60, v63, v64, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v80, v81, v82, v83, v84, v85, v86, v87, v90, v91, v94, v95, v97, v98, v100, v101, v103, v104, v106, v107, v109, v110, v112, v113, v115, v116, v118, v119, v121, v122, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v135, v136, v138, v139, v141, v142, v144, v145, v148, v149, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v205, v206, v213, v216, q2_0 uint64
	var v11, v15, v16, v37, v46, v210 float32
	var v12, v14, v52, q5_0 uint16
	var v30, v31, v47, v48, v49, v51, v209, v214, v215, v217, v220 uint8
	var v50, v211 uint32
	var s0 struct{ _ [0]uint64; b [16]byte }
	var s1 struct{ _ [0]uint64; b [3696]byte }
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, v221, s0, s1, q2_0, q5_0, q11_0, q18_0, q18_1
	q2_0 = uint64(p2)
	q5_0 = uint16(p5)
	q11_0 = p11
	q18_0 = real(p18)
	q18_1 = imag(p18)
	v1 = c.L0
	v2 = p0
	v3 = *(*unsafe.Pointer)(unsafe.Pointer(&p1))
	v4 = uint64(len(p1))
	v5 = q2_0
	v6 = unsafe.Pointer(&p2)
	v7 = uint64(int64(v1))
	*(*uint64)(v6) = v7
	v8 = *(*uint64)(v6)
	v9 = *(*unsafe.Pointer)(unsafe.Pointer(&p3))
	v10 = uint64(len(p3))
	v11 = p4
	v12 = q5_0
	v13 = unsafe.Pointer(&p5)
	*(*uint16)(v13) = v12
	v14 = *(*uint16)(v13)
	v15 = p6
	v16 = p7
	v17 = p8
	v18 = p9
	v19 = p10
	v20 = q11_0
	v21 = unsafe.Pointer(&p11)
	v22 = 48.75
	*(*float64)(v21) = v22
	v23 = *(*float64)(v21)
	v24 = p12
	v25 = p13
	v26 = real(p14)
	v27 = imag(p14)
	v28 = *(*unsafe.Pointer)(unsafe.Pointer(&p15))
	v29 = uint64(len(p15))
	v30 = uint8(p16)
	v31 = uint8(p17)
	v32 = q18_0
	v33 = q18_1
	v34 = unsafe.Pointer(&p18)
	v35 = float64(v30)
	*(*float64)(unsafe.Add(v34, 8)) = v35
	v36 = *(*float64)(unsafe.Add(v34, 8))
	v37 = p19
	v38 = p20
	v39 = unsafe.Pointer(&s0)
	*(*uint64)(unsafe.Add(v39, 8)) = v8
	v40 = *(*uint64)(unsafe.Add(v39, 8))
	v41 = uint64(v11)
	v42 = uint64(v20)
	v43 = 0x1
	v44 = v42 | v43
	v45 = uint64(int64(v41) / int64(v44))
	v46 = -v37
	v47 = uint8(int8(v16))
	v48 = 0x94
	v49 = jr_b2u(v47 >= v48)
	v50 = uint32(int32(v32))
	v51 = jr_b2u(v50 == v50)
	v52 = v14 + v14
	v53 = unsafe.Pointer(&s1)
	*(*uint64)(v53) = v29
	v54 = uint64(int16(v52))
	*(*uint64)(unsafe.Add(v53, 3688)) = v54
	v55 = c.L0
	v56 = unsafe.Pointer(&s1)
	v57 = *(*uint64)(v56)
	v58 = *(*uint64)(unsafe.Add(v56, 3688))
	v59 = 0x1f
	v60 = 0x5bd1e995
	v61 = 0.0
	v62 = v61 + v1
	v63 = uint64(int64(v1))
	v64 = v60 ^ v63
	v65 = v62 + v2
	v66 = uint64(int64(v2))
	v67 = v64 ^ v66
	v68 = v67 * v59
	v69 = v68 + v4
	v70 = v69 * v59
	v71 = v70 + v5
	v72 = v71 * v59
	v73 = v72 + v7
	v74 = v73 * v59
	v75 = v74 + v8
	v76 = v75 * v59
	v77 = v76 + v10
	v78 = float64(v11)
	v79 = v65 + v78
	v80 = uint64(int64(v78))
	v81 = v77 ^ v80
	v82 = uint64(v12)
	v83 = v81 * v59
	v84 = v83 + v82
	v85 = uint64(v14)
	v86 = v84 * v59
	v87 = v86 + v85
	v88 = float64(v15)
	v89 = v79 + v88
	v90 = uint64(int64(v88))
	v91 = v87 ^ v90
	v92 = float64(v16)
	v93 = v89 + v92
	v94 = uint64(int64(v92))
	v95 = v91 ^ v94
	v96 = v93 + v17
	v97 = uint64(int64(v17))
	v98 = v95 ^ v97
	v99 = v96 + v18
	v100 = uint64(int64(v18))
	v101 = v98 ^ v100
	v102 = v99 + v19
	v103 = uint64(int64(v19))
	v104 = v101 ^ v103
	v105 = v102 + v20
	v106 = uint64(int64(v20))
	v107 = v104 ^ v106
	v108 = v105 + v22
	v109 = uint64(int64(v22))
	v110 = v107 ^ v109
	v111 = v108 + v23
	v112 = uint64(int64(v23))
	v113 = v110 ^ v112
	v114 = v111 + v24
	v115 = uint64(int64(v24))
	v116 = v113 ^ v115
	v117 = v114 + v25
	v118 = uint64(int64(v25))
	v119 = v116 ^ v118
	v120 = v117 + v26
	v121 = uint64(int64(v26))
	v122 = v119 ^ v121
	v123 = v120 + v27
	v124 = uint64(int64(v27))
	v125 = v122 ^ v124
	v126 = v125 * v59
	v127 = v126 + v29
	v128 = uint64(v30)
	v129 = v127 * v59
	v130 = v129 + v128
	v131 = uint64(v31)
	v132 = v130 * v59
	v133 = v132 + v131
	v134 = v123 + v32
	v135 = uint64(int64(v32))
	v136 = v133 ^ v135
	v137 = v134 + v33
	v138 = uint64(int64(v33))
	v139 = v136 ^ v138
	v140 = v137 + v35
	v141 = uint64(int64(v35))
	v142 = v139 ^ v141
	v143 = v140 + v36
	v144 = uint64(int64(v36))
	v145 = v142 ^ v144
	v146 = float64(v37)
	v147 = v143 + v146
	v148 = uint64(int64(v146))
	v149 = v145 ^ v148
	v150 = v147 + v38
	v151 = uint64(int64(v38))
	v152 = v149 ^ v151
	v153 = v152 * v59
	v154 = v153 + v40
	v155 = v154 * v59
	v156 = v155 + v41
	v157 = v156 * v59
	v158 = v157 + v42
	v159 = v158 * v59
	v160 = v159 + v43
	v161 = v160 * v59
	v162 = v161 + v44
	v163 = v162 * v59
	v164 = v163 + v45
	v165 = float64(v46)
	v166 = v150 + v165
	v167 = uint64(int64(v165))
	v168 = v164 ^ v167
	v169 = uint64(v47)
	v170 = v168 * v59
	v171 = v170 + v169
	v172 = uint64(v48)
	v173 = v171 * v59
	v174 = v173 + v172
	v175 = uint64(v49)
	v176 = v174 * v59
	v177 = v176 + v175
	v178 = uint64(v50)
	v179 = v177 * v59
	v180 = v179 + v178
	v181 = uint64(v51)
	v182 = v180 * v59
	v183 = v182 + v181
	v184 = uint64(v52)
	v185 = v183 * v59
	v186 = v185 + v184
	v187 = v186 * v59
	v188 = v187 + v54
	v189 = v166 + v55
	v190 = uint64(int64(v55))
	v191 = v188 ^ v190
	v192 = v191 * v59
	v193 = v192 + v57
	v194 = v193 * v59
	v195 = v194 + v57
	v196 = v195 * v59
	v197 = v196 + v58
	v198 = v197 * v59
	v199 = v198 + v58
	v200 = v199 * v59
	v201 = v200 + v59
	v202 = v201 * v59
	v203 = v202 + v60
	v204 = v189 + v61
	v205 = uint64(int64(v61))
	v206 = v203 ^ v205
	v207 = float64(int16(v12))
	v208 = float64(v8)
	v209 = uint8(v206)
	v210 = float32(v204)
	v211 = uint32(v206)
	v212 = nil
	v213 = 0x0
	v214 = uint8(v206)
	v215 = uint8(v206)
	v216 = 0x171
	v217 = uint8(v206)
	v218 = nil
	v219 = float64(v46)
	v220 = 0x1a
	v221 = float64(int8(v220))
	return complex(v207, v204), uint64(v206), complex(v204, v204), v208, v204, v204, byte(v209), v204, complex(v210, v46), int32(v211), *(*string)(unsafe.Pointer(&jr_strh{v212, int(v213)})), struct{F0 int8}{int8(v214)}, uint8(v215), struct{F0 complex128}{complex(v204, v25)}, v204, struct{F0 uint; F1 uint64; F2 uint32; F3 int8; F4 *float32}{uint(v206), uint64(v216), uint32(v211), int8(v217), (*float32)(v218)}, v207, int64(v4), v219, v204, complex(v204, v204), jr_u2b(v220), v221, v204
}
}

type m0ctx_c1 struct{L0 float64; L1 float64; L2 uint64; L3 unsafe.Pointer; }

//go:noinline
func m0mk_c1(c m0ctx_c1) func(rune, string, byte, float32, float32, float64, float32, complex128, string, float32, float64, string, complex128, float64, uint32, float64, complex128, int32, int32, float64, float64, int) (unsafe.Pointer, float64, byte, complex128, complex128, float32, float32, string, string, complex128, uintptr, string, rune, float64, bool, uintptr, complex128, int64, complex128, float64) {
	return func(p0 rune, p1 string, p2 byte, p3 float32, p4 float32, p5 float64, p6 float32, p7 complex128, p8 string, p9 float32, p10 float64, p11 string, p12 complex128, p13 float64, p14 uint32, p15 float64, p16 complex128, p17 int32, p18 int32, p19 float64, p20 float64, p21 int) (unsafe.Pointer, float64, byte, complex128, complex128, float32, float32, string, string, complex128, uintptr, string, rune, float64, bool, uintptr, complex128, int64, complex128, float64) {
	var v1, v2, v18, v20, v25, v26, v30, v33, v34, v35, v39, v40, v41, v44, v45, v64, v65, v75, v76, v79, v96, v97, v100, v101, v104, v105, v108, v109, v112, v115, v118, v119, v122, v123, v126, v127, v130, v133, v138, v139, v142, v147, v150, v153, v162, v165, v168, v177, v180, v217, v218, v221, v222, v227, v230, v251, v255, q5_0 float64
	var v3, v5, v6, v9, v28, v32, v46, v48, v49, v57, v59, v63, v66, v68, v69, v71, v72, v73, v74, v77, v78, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v98, v99, v102, v103, v106, v107, v110, v111, v113, v114, v116, v117, v120, v121, v124, v125, v128, v129, v131, v132, v134, v135, v136, v137, v140, v141, v143, v144, v145, v146, v148, v149, v151, v152, v154, v155, v156, v157, v158, v159, v160, v161, v163, v164, v166, v167, v169, v170, v171, v172, v173, v174, v175, v176, v178, v179, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v219, v220, v223, v224, v225, v226, v228, v229, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v243, v244, v245, v246, v247, v248, v249, v250, v252, v253, v260, v262, v263, v265, v268, q1_1 uint64
	var v4, v8, v10, v11, v14, v19, v22, v27, v31, v37, v47, v62, v67, v70, v254, v259, v261, v264, q1_0 unsafe.Pointer
	var v7, v36, v38, v42, v43, v266, q14_0 uint32
	var v12, v50, v51, v52, v56, v256, v267 uint8
	var v13, v15, v16, v17, v21, v23, v24, v29, v60, v61, v257, v258, q3_0, q6_0 float32
	var v53, v54, v55, v58 uint16
	var s0 struct{ _ [0]uint64; b [16]byte }
	var s1 struct{ _ [0]uint64; b [6144]byte }
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19, v20, v21, v22, v23, v24, v25, v26, v27, v28, v29, v30, v31, v32, v33, v34, v35, v36, v37, v38, v39, v40, v41, v42, v43, v44, v45, v46, v47, v48, v49, v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69, v70, v71, v72, v73, v74, v75, v76, v77, v78, v79, v80, v81, v82, v83, v84, v85, v86, v87, v88, v89, v90, v91, v92, v93, v94, v95, v96, v97, v98, v99, v100, v101, v102, v103, v104, v105, v106, v107, v108, v109, v110, v111, v112, v113, v114, v115, v116, v117, v118, v119, v120, v121, v122, v123, v124, v125, v126, v127, v128, v129, v130, v131, v132, v133, v134, v135, v136, v137, v138, v139, v140, v141, v142, v143, v144, v145, v146, v147, v148, v149, v150, v151, v152, v153, v154, v155, v156, v157, v158, v159, v160, v161, v162, v163, v164, v165, v166, v167, v168, v169, v170, v171, v172, v173, v174, v175, v176, v177, v178, v179, v180, v181, v182, v183, v184, v185, v186, v187, v188, v189, v190, v191, v192, v193, v194, v195, v196, v197, v198, v199, v200, v201, v202, v203, v204, v205, v206, v207, v208, v209, v210, v211, v212, v213, v214, v215, v216, v217, v218, v219, v220, v221, v222, v223, v224, v225, v226, v227, v228, v229, v230, v231, v232, v233, v234, v235, v236, v237, v238, v239, v240, v241, v242, v243, v244, v245, v246, v247, v248, v249, v250, v251, v252, v253, v254, v255, v256, v257, v258, v259, v260, v261, v262, v263, v264, v265, v266, v267, v268, s0, s1, q1_0, q1_1, q3_0, q5_0, q6_0, q14_0
	q1_0 = *(*unsafe.Pointer)(unsafe.Pointer(&p1))
	q1_1 = uint64(len(p1))
	q3_0 = p3
	q5_0 = p5
	q6_0 = p6
	q14_0 = uint32(p14)
	v1 = c.L0
	v2 = c.L1
	v3 = c.L2
	v4 = c.L3
	v5 = *(*uint64)(v4)
	v6 = *(*uint64)(unsafe.Add(v4, 8))
	v7 = uint32(p0)
	v8 = q1_0
	v9 = q1_1
	v10 = unsafe.Pointer(&p1)
	v11 = *(*unsafe.Pointer)(v10)
	v12 = uint8(p2)
	v13 = q3_0
	v14 = unsafe.Pointer(&p3)
	v15 = -46.5
	*(*float32)(v14) = v15
	v16 = *(*float32)(v14)
	v17 = p4
	v18 = q5_0
	v19 = unsafe.Pointer(&p5)
	*(*float64)(v19) = v18
	v20 = *(*float64)(v19)
	v21 = q6_0
	v22 = unsafe.Pointer(&p6)
	v23 = 69.0
	*(*float32)(v22) = v23
	v24 = *(*float32)(v22)
	v25 = real(p7)
	v26 = imag(p7)
	v27 = *(*unsafe.Pointer)(unsafe.Pointer(&p8))
	v28 = uint64(len(p8))
	v29 = p9
	v30 = p10
	v31 = *(*unsafe.Pointer)(unsafe.Pointer(&p11))
	v32 = uint64(len(p11))
	v33 = real(p12)
	v34 = imag(p12)
	v35 = p13
	v36 = q14_0
	v37 = unsafe.Pointer(&p14)
	*(*uint32)(v37) = v36
	v38 = *(*uint32)(v37)
	v39 = p15
	v40 = real(p16)
	v41 = imag(p16)
	v42 = uint32(p17)
	v43 = uint32(p18)
	v44 = p19
	v45 = p20
	v46 = uint64(p21)
	v47 = unsafe.Pointer(&s0)
	v48 = 0x76
	*(*uint64)(v47) = v48
	v49 = *(*uint64)(v47)
	v50 = 0x1
	v51 = v12 | v50
	v52 = v12 / v51
	v53 = 0xf3
	v54 = v53 ^ v53
	v55 = 0x1a7
	v56 = uint8(v55)
	v57 = uint64(v35)
	v58 = uint16(v20)
	v59 = uint64(int64(v57) >> v58)
	v60 = float32(v50)
	v61 = -v60
	v62 = unsafe.Pointer(&s1)
	v63 = uint64(int32(v43))
	*(*uint64)(v62) = v63
	*(*uint64)(unsafe.Add(v62, 6136)) = v48
	v64 = c.L0
	v65 = c.L1
	v66 = c.L2
	v67 = c.L3
	v68 = *(*uint64)(v67)
	v69 = *(*uint64)(unsafe.Add(v67, 8))
	v70 = unsafe.Pointer(&s1)
	v71 = *(*uint64)(v70)
	v72 = *(*uint64)(unsafe.Add(v70, 6136))
	v73 = 0x1f
	v74 = 0x5bd1e995
	v75 = 0.0
	v76 = v75 + v1
	v77 = uint64(int64(v1))
	v78 = v74 ^ v77
	v79 = v76 + v2
	v80 = uint64(int64(v2))
	v81 = v78 ^ v80
	v82 = v81 * v73
	v83 = v82 + v3
	v84 = v83 * v73
	v85 = v84 + v5
	v86 = v85 * v73
	v87 = v86 + v6
	v88 = uint64(v7)
	v89 = v87 * v73
	v90 = v89 + v88
	v91 = v90 * v73
	v92 = v91 + v9
	v93 = uint64(v12)
	v94 = v92 * v73
	v95 = v94 + v93
	v96 = float64(v13)
	v97 = v79 + v96
	v98 = uint64(int64(v96))
	v99 = v95 ^ v98
	v100 = float64(v15)
	v101 = v97 + v100
	v102 = uint64(int64(v100))
	v103 = v99 ^ v102
	v104 = float64(v16)
	v105 = v101 + v104
	v106 = uint64(int64(v104))
	v107 = v103 ^ v106
	v108 = float64(v17)
	v109 = v105 + v108
	v110 = uint64(int64(v108))
	v111 = v107 ^ v110
	v112 = v109 + v18
	v113 = uint64(int64(v18))
	v114 = v111 ^ v113
	v115 = v112 + v20
	v116 = uint64(int64(v20))
	v117 = v114 ^ v116
	v118 = float64(v21)
	v119 = v115 + v118
	v120 = uint64(int64(v118))
	v121 = v117 ^ v120
	v122 = float64(v23)
	v123 = v119 + v122
	v124 = uint64(int64(v122))
	v125 = v121 ^ v124
	v126 = float64(v24)
	v127 = v123 + v126
	v128 = uint64(int64(v126))
	v129 = v125 ^ v128
	v130 = v127 + v25
	v131 = uint64(int64(v25))
	v132 = v129 ^ v131
	v133 = v130 + v26
	v134 = uint64(int64(v26))
	v135 = v132 ^ v134
	v136 = v135 * v73
	v137 = v136 + v28
	v138 = float64(v29)
	v139 = v133 + v138
	v140 = uint64(int64(v138))
	v141 = v137 ^ v140
	v142 = v139 + v30
	v143 = uint64(int64(v30))
	v144 = v141 ^ v143
	v145 = v144 * v73
	v146 = v145 + v32
	v147 = v142 + v33
	v148 = uint64(int64(v33))
	v149 = v146 ^ v148
	v150 = v147 + v34
	v151 = uint64(int64(v34))
	v152 = v149 ^ v151
	v153 = v150 + v35
	v154 = uint64(int64(v35))
	v155 = v152 ^ v154
	v156 = uint64(v36)
	v157 = v155 * v73
	v158 = v157 + v156
	v159 = uint64(v38)
	v160 = v158 * v73
	v161 = v160 + v159
	v162 = v153 + v39
	v163 = uint64(int64(v39))
	v164 = v161 ^ v163
	v165 = v162 + v40
	v166 = uint64(int64(v40))
	v167 = v164 ^ v166
	v168 = v165 + v41
	v169 = uint64(int64(v41))
	v170 = v167 ^ v169
	v171 = uint64(v42)
	v172 = v170 * v73
	v173 = v172 + v171
	v174 = uint64(v43)
	v175 = v173 * v73
	v176 = v175 + v174
	v177 = v168 + v44
	v178 = uint64(int64(v44))
	v179 = v176 ^ v178
	v180 = v177 + v45
	v181 = uint64(int64(v45))
	v182 = v179 ^ v181
	v183 = v182 * v73
	v184 = v183 + v46
	v185 = v184 * v73
	v186 = v185 + v48
	v187 = v186 * v73
	v188 = v187 + v49
	v189 = uint64(v50)
	v190 = v188 * v73
	v191 = v190 + v189
	v192 = uint64(v51)
	v193 = v191 * v73
	v194 = v193 + v192
	v195 = uint64(v52)
	v196 = v194 * v73
	v197 = v196 + v195
	v198 = uint64(v53)
	v199 = v197 * v73
	v200 = v199 + v198
	v201 = uint64(v54)
	v202 = v200 * v73
	v203 = v202 + v201
	v204 = uint64(v55)
	v205 = v203 * v73
	v206 = v205 + v204
	v207 = uint64(v56)
	v208 = v206 * v73
	v209 = v208 + v207
	v210 = v209 * v73
	v211 = v210 + v57
	v212 = uint64(v58)
	v213 = v211 * v73
	v214 = v213 + v212
	v215 = v214 * v73
	v216 = v215 + v59
	v217 = float64(v60)
	v218 = v180 + v217
	v219 = uint64(int64(v217))
	v220 = v216 ^ v219
	v221 = float64(v61)
	v222 = v218 + v221
	v223 = uint64(int64(v221))
	v224 = v220 ^ v223
	v225 = v224 * v73
	v226 = v225 + v63
	v227 = v222 + v64
	v228 = uint64(int64(v64))
	v229 = v226 ^ v228
	v230 = v227 + v65
	v231 = uint64(int64(v65))
	v232 = v229 ^ v231
	v233 = v232 * v73
	v234 = v233 + v66
	v235 = v234 * v73
	v236 = v235 + v68
	v237 = v236 * v73
	v238 = v237 + v69
	v239 = v238 * v73
	v240 = v239 + v71
	v241 = v240 * v73
	v242 = v241 + v71
	v243 = v242 * v73
	v244 = v243 + v72
	v245 = v244 * v73
	v246 = v245 + v72
	v247 = v246 * v73
	v248 = v247 + v73
	v249 = v248 * v73
	v250 = v249 + v74
	v251 = v230 + v75
	v252 = uint64(int64(v75))
	v253 = v250 ^ v252
	v254 = nil
	v255 = 27.75
	v256 = uint8(v253)
	v257 = float32(v251)
	v258 = float32(v251)
	v259 = nil
	v260 = 0x0
	v261 = nil
	v262 = 0x0
	v263 = 0xffffffffffffff9c
	v264 = nil
	v265 = 0x0
	v266 = uint32(v253)
	v267 = uint8(v253)
	v268 = 0xffffffffffffff17
	return v254, v255, byte(v256), complex(v251, v251), complex(v25, v26), v257, v258, *(*string)(unsafe.Pointer(&jr_strh{v259, int(v260)})), *(*string)(unsafe.Pointer(&jr_strh{v261, int(v262)})), complex(v65, v251), uintptr(v263), *(*string)(unsafe.Pointer(&jr_strh{v264, int(v265)})), rune(v266), v251, jr_u2b(v267), uintptr(v253), complex(v44, v251), int64(v268), complex(v251, v251), v251
}
}

//go:noinline
func m0_x0(p0 []string, p1 []struct{F0 float64; F1 complex64; F2 float64; F3 int64}, p2 uint16, p3 rune, p4 string, p5 []struct{F0 uintptr; F1 complex64}) (uintptr, int, struct{}, []interface{M0(float64) (uint32); M1(string, []uint16) (complex128)}) {
	h := jr_ext_name("x0")
	a0 := unsafe.Pointer((*[0]string)(p0))
	h = jr_ext_absorb(h, jr_ext_ptr(a0))
	h = jr_ext_absorb(h, uint64(uint64(len(p0))))
	h = jr_ext_absorb(h, uint64(uint64(cap(p0))))
	a3 := unsafe.Pointer((*[0]struct{F0 float64; F1 complex64; F2 float64; F3 int64})(p1))
	h = jr_ext_absorb(h, jr_ext_ptr(a3))
	h = jr_ext_absorb(h, uint64(uint64(len(p1))))
	h = jr_ext_absorb(h, uint64(uint64(cap(p1))))
	h = jr_ext_absorb(h, uint64(uint16(p2)))
	h = jr_ext_absorb(h, uint64(uint32(p3)))
	a8 := *(*unsafe.Pointer)(unsafe.Pointer(&p4))
	h = jr_ext_absorb(h, jr_ext_ptr(a8))
	h = jr_ext_absorb(h, uint64(uint64(len(p4))))
	a10 := unsafe.Pointer((*[0]struct{F0 uintptr; F1 complex64})(p5))
	h = jr_ext_absorb(h, jr_ext_ptr(a10))
	h = jr_ext_absorb(h, uint64(uint64(len(p5))))
	h = jr_ext_absorb(h, uint64(uint64(cap(p5))))
	ptrs := []unsafe.Pointer{a0, a3, a8, a10}
	_, _ = h, ptrs
	r0 := uint64(jr_ext_r(h, 0))
	r1 := uint64(jr_ext_r(h, 1))
	r2 := jr_ext_rptr(h, 2, ptrs)
	r3 := uint64(jr_ext_r(h, 3))
	r4 := uint64(jr_ext_r(h, 4))
	return uintptr(r0), int(r1), struct{}{}, *(*[]interface{M0(float64) (uint32); M1(string, []uint16) (complex128)})(unsafe.Pointer(&jr_sliceh{r2, int(r3), int(r4)}))
}

var m0itab_0 [6]uintptr

func init() {
	{
		f := m0_m0
		m0itab_0[3] = **(**uintptr)(unsafe.Pointer(&f))
	}
	{
		f := m0_m0
		m0itab_0[4] = **(**uintptr)(unsafe.Pointer(&f))
	}
	{
		f := m0_m0
		m0itab_0[5] = **(**uintptr)(unsafe.Pointer(&f))
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
		f := m0_m0
		m0_funcvals[1] = *(*unsafe.Pointer)(unsafe.Pointer(&f))
	}
}

func m0run_0() {
	jr_begin(0, 0, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; }))
	jr_reg(o0, 16)
	o1 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; }))
	jr_reg(o1, 8)
	o2 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o2, 48)
	o3 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o3, 48)
	o4 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; P8 unsafe.Pointer; W16 uint64; W24 uint64; }))
	jr_reg(o4, 32)
	o5 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o5, 8)
	o6 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o6, 8)
	o7 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; }))
	jr_reg(o7, 8)
	jr_fill(o0, "\xff\xff\xff\xff\xa6\x51\xd6\x78\xff\xff\xff\xff\xf4\xb5\x4b\x86")
	*(*unsafe.Pointer)(unsafe.Add(o1, 0)) = unsafe.Add(o0, 0)
	jr_fill(o2, "\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x51\x87\x91\x21\x00\x08\x08\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o3, "\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x47\x0e\x98\x7c\x00\x08\x08\x0e\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o4, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x47\x0e\x98\x7c\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o4, 0)) = unsafe.Add(o2, 0)
	*(*unsafe.Pointer)(unsafe.Add(o4, 8)) = unsafe.Add(o3, 0)
	jr_fill(o5, "\x9c\x75\x00\x88\x3c\xe4\x37\x7e")
	jr_fill(o6, "\xff\xff\xff\xff\xff\xff\xff\x7f")
	*(*unsafe.Pointer)(unsafe.Add(o7, 0)) = unsafe.Add(o6, 0)
	var a0 unsafe.Pointer = unsafe.Add(o1, 0)
	var a1 unsafe.Pointer = unsafe.Add(o4, 0)
	var a2 unsafe.Pointer = unsafe.Add(o5, 0)
	var a3 unsafe.Pointer = unsafe.Add(o7, 0)
	r0, r1, r2, r3, r4 := m0_f0(*(*chan complex128)(unsafe.Pointer(&[1]unsafe.Pointer{a0})), [1]interface{M0() (string)}{*(*interface{M0() (string)})(unsafe.Pointer(&[2]unsafe.Pointer{a1, a2}))}, a3)
	_, _, _, _, _ = r0, r1, r2, r3, r4
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r0)))
	jr_put_ptr(unsafe.Pointer((*[0]struct{F0 string})(r1)))
	jr_put_int("i64", uint64(uint64(len(r1))))
	jr_put_int("i64", uint64(uint64(cap(r1))))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r2)))
	jr_put_int("i64", uint64(uint64(r4)))
	jr_put_obj(0, o0, 16, []uintptr{})
	jr_put_obj(1, o1, 8, []uintptr{0})
	jr_put_obj(2, o2, 48, []uintptr{24, 32})
	jr_put_obj(3, o3, 48, []uintptr{24, 32})
	jr_put_obj(4, o4, 32, []uintptr{0, 8})
	jr_put_obj(5, o5, 8, []uintptr{})
	jr_put_obj(6, o6, 8, []uintptr{})
	jr_put_obj(7, o7, 8, []uintptr{0})
}

func m0run_1() {
	jr_begin(0, 1, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{B0 byte; B1 byte; }))
	jr_reg(o0, 2)
	o1 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; W8 uint64; }))
	jr_reg(o1, 16)
	o2 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o2, 48)
	o3 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o3, 48)
	o4 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; P8 unsafe.Pointer; W16 uint64; W24 uint64; }))
	jr_reg(o4, 32)
	o5 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; }))
	jr_reg(o5, 8)
	jr_fill(o0, "\x78\x63")
	jr_fill(o1, "\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o1, 0)) = unsafe.Add(o0, 0)
	jr_fill(o2, "\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x51\x87\x91\x21\x00\x08\x08\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o3, "\x08\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\xa0\x7c\x4f\xb2\x00\x08\x08\x3a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o4, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa0\x7c\x4f\xb2\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o4, 0)) = unsafe.Add(o2, 0)
	*(*unsafe.Pointer)(unsafe.Add(o4, 8)) = unsafe.Add(o3, 0)
	var a0 unsafe.Pointer = unsafe.Add(o1, 0)
	var a1 unsafe.Pointer = unsafe.Add(o4, 0)
	var a2 unsafe.Pointer = unsafe.Add(o5, 0)
	var a3 unsafe.Pointer = nil
	r0, r1, r2, r3, r4 := m0_f0(*(*chan complex128)(unsafe.Pointer(&[1]unsafe.Pointer{a0})), [1]interface{M0() (string)}{*(*interface{M0() (string)})(unsafe.Pointer(&[2]unsafe.Pointer{a1, a2}))}, a3)
	_, _, _, _, _ = r0, r1, r2, r3, r4
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r0)))
	jr_put_ptr(unsafe.Pointer((*[0]struct{F0 string})(r1)))
	jr_put_int("i64", uint64(uint64(len(r1))))
	jr_put_int("i64", uint64(uint64(cap(r1))))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r2)))
	jr_put_int("i64", uint64(uint64(r4)))
	jr_put_obj(0, o0, 2, []uintptr{})
	jr_put_obj(1, o1, 16, []uintptr{0})
	jr_put_obj(2, o2, 48, []uintptr{24, 32})
	jr_put_obj(3, o3, 48, []uintptr{24, 32})
	jr_put_obj(4, o4, 32, []uintptr{0, 8})
	jr_put_obj(5, o5, 8, []uintptr{0})
}

func m0run_2() {
	jr_begin(0, 2, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{B0 byte; B1 byte; }))
	jr_reg(o0, 2)
	o1 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; W8 uint64; }))
	jr_reg(o1, 16)
	o2 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o2, 48)
	o3 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o3, 48)
	o4 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; P8 unsafe.Pointer; W16 uint64; W24 uint64; }))
	jr_reg(o4, 32)
	o5 := unsafe.Pointer(new(struct{W0 uint64; P8 unsafe.Pointer; }))
	jr_reg(o5, 16)
	jr_fill(o0, "\x0a\x00")
	jr_fill(o1, "\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o1, 0)) = unsafe.Add(o0, 0)
	jr_fill(o2, "\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x51\x87\x91\x21\x00\x08\x08\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o3, "\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x54\x0e\x9e\xd0\x00\x08\x08\x19\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o4, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x54\x0e\x9e\xd0\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o4, 0)) = unsafe.Add(o2, 0)
	*(*unsafe.Pointer)(unsafe.Add(o4, 8)) = unsafe.Add(o3, 0)
	jr_fill(o5, "\x00\x00\x00\x00\x00\x00\x00\x80\x00\x00\x00\x00\x00\x00\x00\x00")
	var a0 unsafe.Pointer = unsafe.Add(o1, 0)
	var a1 unsafe.Pointer = unsafe.Add(o4, 0)
	var a2 unsafe.Pointer = unsafe.Add(o5, 0)
	var a3 unsafe.Pointer = nil
	r0, r1, r2, r3, r4 := m0_f0(*(*chan complex128)(unsafe.Pointer(&[1]unsafe.Pointer{a0})), [1]interface{M0() (string)}{*(*interface{M0() (string)})(unsafe.Pointer(&[2]unsafe.Pointer{a1, a2}))}, a3)
	_, _, _, _, _ = r0, r1, r2, r3, r4
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r0)))
	jr_put_ptr(unsafe.Pointer((*[0]struct{F0 string})(r1)))
	jr_put_int("i64", uint64(uint64(len(r1))))
	jr_put_int("i64", uint64(uint64(cap(r1))))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r2)))
	jr_put_int("i64", uint64(uint64(r4)))
	jr_put_obj(0, o0, 2, []uintptr{})
	jr_put_obj(1, o1, 16, []uintptr{0})
	jr_put_obj(2, o2, 48, []uintptr{24, 32})
	jr_put_obj(3, o3, 48, []uintptr{24, 32})
	jr_put_obj(4, o4, 32, []uintptr{0, 8})
	jr_put_obj(5, o5, 16, []uintptr{8})
}

func m0run_3() {
	jr_begin(0, 3, m0_funcvals[:], m0_itabs)
	o0 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o0, 8)
	o1 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o1, 48)
	o2 := unsafe.Pointer(new(struct{W0 uint64; W8 uint64; W16 uint64; P24 unsafe.Pointer; P32 unsafe.Pointer; W40 uint64; }))
	jr_reg(o2, 48)
	o3 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; P8 unsafe.Pointer; W16 uint64; W24 uint64; }))
	jr_reg(o3, 32)
	o4 := unsafe.Pointer(new(struct{P0 unsafe.Pointer; W8 uint64; }))
	jr_reg(o4, 16)
	o5 := unsafe.Pointer(new(struct{W0 uint64; }))
	jr_reg(o5, 8)
	jr_fill(o1, "\x10\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00\x51\x87\x91\x21\x00\x08\x08\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o2, "\x10\x00\x00\x00\x00\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x38\x65\xc1\x17\x00\x08\x08\x18\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	jr_fill(o3, "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x38\x65\xc1\x17\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	*(*unsafe.Pointer)(unsafe.Add(o3, 0)) = unsafe.Add(o1, 0)
	*(*unsafe.Pointer)(unsafe.Add(o3, 8)) = unsafe.Add(o2, 0)
	jr_fill(o5, "\xff\xff\xff\xff\xf0\xff\xbd\x68")
	var a0 unsafe.Pointer = unsafe.Add(o0, 0)
	var a1 unsafe.Pointer = unsafe.Add(o3, 0)
	var a2 unsafe.Pointer = unsafe.Add(o4, 0)
	var a3 unsafe.Pointer = unsafe.Add(o5, 0)
	r0, r1, r2, r3, r4 := m0_f0(*(*chan complex128)(unsafe.Pointer(&[1]unsafe.Pointer{a0})), [1]interface{M0() (string)}{*(*interface{M0() (string)})(unsafe.Pointer(&[2]unsafe.Pointer{a1, a2}))}, a3)
	_, _, _, _, _ = r0, r1, r2, r3, r4
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r0)))
	jr_put_ptr(unsafe.Pointer((*[0]struct{F0 string})(r1)))
	jr_put_int("i64", uint64(uint64(len(r1))))
	jr_put_int("i64", uint64(uint64(cap(r1))))
	jr_put_ptr(*(*unsafe.Pointer)(unsafe.Pointer(&r2)))
	jr_put_int("i64", uint64(uint64(r4)))
	jr_put_obj(0, o0, 8, []uintptr{})
	jr_put_obj(1, o1, 48, []uintptr{24, 32})
	jr_put_obj(2, o2, 48, []uintptr{24, 32})
	jr_put_obj(3, o3, 32, []uintptr{0, 8})
	jr_put_obj(4, o4, 16, []uintptr{0})
	jr_put_obj(5, o5, 8, []uintptr{})
}

var m0_runs = []func(){
	m0run_0,
	m0run_1,
	m0run_2,
	m0run_3,
}
